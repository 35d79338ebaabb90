package org.psarchive.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** Where the server is: {@code --url}, else {@code PSARCHIVE_URL}, else the local platform. */
final class ServerOptions {

    @Option(names = "--url", description = "Base URL of the platform (default: $PSARCHIVE_URL or http://localhost:8080/)")
    String url;

    @Option(names = "--verbose", description = "Print stack traces of failures")
    boolean verbose;

    URI baseUri() {
        String chosen = url != null ? url : System.getenv().getOrDefault("PSARCHIVE_URL", "http://localhost:8080/");
        return URI.create(chosen.endsWith("/") ? chosen : chosen + "/");
    }
}
