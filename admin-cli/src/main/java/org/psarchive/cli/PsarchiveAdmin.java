package org.psarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code psarchive-admin}: one command line for administrators. Each noun is a subcommand with verb
 * subcommands; every business rule lives on the server, behind the admin API this tool calls. The
 * esmond_manage names are top-level subcommands of their own, so old runbooks keep working.
 */
@Command(name = "psarchive-admin", mixinStandardHelpOptions = true,
        versionProvider = PsarchiveAdmin.Version.class,
        description = "Administers a psarchive platform through its REST API.",
        subcommands = {StatusCommand.class, BackupCommand.class, AccountCommand.class, IpCommand.class, AuditCommand.class, RetentionCommand.class,
            RegistrationCommand.class, TargetCommand.class, HostsCommand.class, ImportCommand.class,
            EsmondManageCommands.AddApiKeyUser.class, EsmondManageCommands.AddPsMetadataPostUser.class,
            EsmondManageCommands.AddTimeseriesPostUser.class, EsmondManageCommands.AddUserIpAddress.class,
            EsmondManageCommands.DeleteUserIpAddress.class, EsmondManageCommands.ListUserIpAddress.class,
            CommandLine.HelpCommand.class})
public final class PsarchiveAdmin {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCode}). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new PsarchiveAdmin());
        FailureHandler failures = new FailureHandler();
        commandLine.setExecutionExceptionHandler(failures);
        commandLine.setParameterExceptionHandler(failures);
        commandLine.setExitCodeExceptionMapper(ExitCode::of);
        // -V on a subcommand would print nothing: picocli does not pass the version provider down
        Version version = new Version();
        commandLine.getCommandSpec().subcommands().values().forEach(sub -> withVersion(sub, version));
        return commandLine.execute(args);
    }

    private static void withVersion(CommandLine command, Version version) {
        command.getCommandSpec().versionProvider(version);
        command.getCommandSpec().subcommands().values().forEach(sub -> withVersion(sub, version));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            try (InputStream in = PsarchiveAdmin.class.getResourceAsStream("/psarchive-admin.properties")) {
                Properties properties = new Properties();
                if (in != null) {
                    properties.load(in);
                }
                return new String[] {"psarchive-admin " + properties.getProperty("version", "unknown")};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
