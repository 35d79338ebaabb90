package org.psarchive.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the server is and who we are to it, shared by every command as a mixin: {@code --url}
 * (else {@code PSARCHIVE_URL}, else the local platform), the admin token (see {@link AdminToken}),
 * {@code --insecure} and {@code --verbose}.
 */
final class ServerOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "Base URL of the platform (default: $PSARCHIVE_URL or http://localhost:8080/)")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Admin token (default: $PSARCHIVE_ADMIN_TOKEN, else the file $PSARCHIVE_DATA/admin.token)")
    String token;

    @Option(names = "--insecure", description = "Do not verify the server's TLS certificate or host name (test servers only)")
    boolean insecure;

    @Option(names = "--verbose", description = "Print stack traces of failures")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The process environment; tests put a map's lookup here. */
    Function<String, String> environment = System::getenv;

    /** A client that authenticates as the admin. */
    ApiClient client() {
        return new ApiClient(baseUri(), adminToken(), AdminToken.file(environment), insecure);
    }

    /** A client for the calls anyone may make, so a stale token cannot get in their way. */
    ApiClient anonymousClient() {
        return new ApiClient(baseUri(), AdminToken.none(), AdminToken.file(environment), insecure);
    }

    AdminToken adminToken() {
        return AdminToken.discover(token, environment);
    }

    URI baseUri() {
        String chosen = url;
        String source = "--url";
        if (chosen == null) {
            String variable = environment.apply("PSARCHIVE_URL");
            chosen = variable == null || variable.isBlank() ? "http://localhost:8080/" : variable.strip();
            source = "PSARCHIVE_URL";
        }
        try {
            URI uri = new URI(chosen.endsWith("/") ? chosen : chosen + "/");
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(chosen, "not an http:// or https:// URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ParameterException(command.commandLine(), "Invalid value for " + source + ": '" + chosen + "' ("
                    + e.getReason() + ")");
        }
    }
}
