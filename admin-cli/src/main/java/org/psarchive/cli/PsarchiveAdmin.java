package org.psarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code psarchive-admin}: one command line for administrators. Each noun is a subcommand; every
 * business rule lives on the server, behind the admin API this tool calls.
 */
@Command(name = "psarchive-admin", mixinStandardHelpOptions = true,
        versionProvider = PsarchiveAdmin.Version.class,
        description = "Administers a psarchive platform through its REST API.",
        subcommands = {StatusCommand.class, CommandLine.HelpCommand.class})
public final class PsarchiveAdmin {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCode}). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new PsarchiveAdmin());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setExitCodeExceptionMapper(ExitCode::of);
        return commandLine.execute(args);
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
