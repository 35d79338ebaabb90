package org.psarchive.cli;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The settings {@code target add} and {@code target update} share; only those given go into the request. */
final class TargetSettings {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "IPv4 or IPv6 address, or host name of the agent")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "UDP port of the agent (default on add: 161)")
    Integer port;

    @Option(names = "--community", paramLabel = "C", description = "SNMP v2c community")
    String community;

    @Option(names = "--community-file", paramLabel = "PATH", description = "Read the community from PATH (- for standard input)")
    String communityFile;

    @Option(names = "--user", paramLabel = "U", description = "SNMP v3 user")
    String user;

    @Option(names = "--auth-protocol", paramLabel = "P", description = "SNMP v3 authentication: SHA, SHA-256 or SHA-512")
    String authProtocol;

    @Option(names = "--auth-password", paramLabel = "P", description = "SNMP v3 authentication pass phrase (8 characters at least)")
    String authPassword;

    @Option(names = "--auth-password-file", paramLabel = "PATH",
            description = "Read the authentication pass phrase from PATH (- for standard input)")
    String authPasswordFile;

    @Option(names = "--priv-protocol", paramLabel = "P", description = "SNMP v3 privacy: AES or AES-256")
    String privProtocol;

    @Option(names = "--priv-password", paramLabel = "P", description = "SNMP v3 privacy pass phrase (8 characters at least)")
    String privPassword;

    @Option(names = "--priv-password-file", paramLabel = "PATH",
            description = "Read the privacy pass phrase from PATH (- for standard input)")
    String privPasswordFile;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Counter poll interval (default on add: 30, at least 5)")
    Integer interval;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Poll only interfaces whose ifName or ifDescr match (* and ?); repeatable")
    List<String> include;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Do not poll interfaces whose ifName or ifDescr match; repeatable")
    List<String> exclude;

    /** The members given, with secrets read from their files or standard input. */
    JsonObjectBuilder toJson() {
        JsonObjectBuilder json = ApiJson.object();
        if (java.util.stream.Stream.of(communityFile, authPasswordFile, privPasswordFile).filter("-"::equals).count() > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "only one secret can be read from standard input; give the others in files");
        }
        boolean[] stdinTaken = {false};
        String communityValue = SecretOption.read(spec, "--community", community, communityFile, System.in, stdinTaken);
        String authValue = SecretOption.read(spec, "--auth-password", authPassword, authPasswordFile, System.in, stdinTaken);
        String privValue = SecretOption.read(spec, "--priv-password", privPassword, privPasswordFile, System.in, stdinTaken);
        add(json, "host", host);
        if (port != null) {
            json.add("port", port);
        }
        add(json, "community", communityValue);
        add(json, "user", user);
        add(json, "auth-protocol", authProtocol);
        add(json, "auth-password", authValue);
        add(json, "priv-protocol", privProtocol);
        add(json, "priv-password", privValue);
        if (interval != null) {
            json.add("interval", interval);
        }
        if (include != null) {
            json.add("include", ApiJson.strings(include));
        }
        if (exclude != null) {
            json.add("exclude", ApiJson.strings(exclude));
        }
        return json;
    }

    static void clear(JsonObjectBuilder json, String member) {
        json.add(member, JsonValue.NULL);
    }

    private static void add(JsonObjectBuilder json, String member, String value) {
        if (value != null) {
            json.add(member, value);
        }
    }
}
