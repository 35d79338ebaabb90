package org.psarchive.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A full Payara Server driven through asadmin: its own domain on its own ports, so it cannot clash
 * with a platform a developer has running on 8080.
 */
final class PayaraServer implements AutoCloseable {

    static final int PORT_BASE = 28000;
    static final int ADMIN_PORT = PORT_BASE + 48;
    static final int HTTP_PORT = PORT_BASE + 80;
    private static final String DOMAIN = "psarchive-smoke";

    private final Path home;
    private final Map<String, String> environment;
    private boolean started;

    PayaraServer(Path home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
    }

    /** Starts a fresh domain: whatever an earlier run left behind is deleted first. */
    void start() {
        if (Files.isDirectory(home.resolve("glassfish/domains").resolve(DOMAIN))) {
            asadmin(60, "stop-domain", "--kill=true", DOMAIN);
            asadmin(60, "delete-domain", DOMAIN);
        }
        asadmin(120, "create-domain", "--nopassword=true", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        asadmin(240, "start-domain", DOMAIN);
        started = true;
        harden();
    }

    /**
     * docs/operations.md's recipe for Payara Server: the data grid and HTTP/2 off, bodies on DELETE allowed, the JVM exits when out
     * of memory. Applied at the next restart of the domain.
     */
    private void harden() {
        String protocols = "configs.config.server-config.network-config.protocols.protocol.";
        asadmin(60, "--port", String.valueOf(ADMIN_PORT), "set",
                "configs.config.server-config.hazelcast-config-specific-configuration.enabled=false");
        asadmin(60, "--port", String.valueOf(ADMIN_PORT), "set", protocols + "http-listener-1.http.http2-enabled=false");
        asadmin(60, "--port", String.valueOf(ADMIN_PORT), "set", protocols + "http-listener-2.http.http2-enabled=false");
        for (String listener : new String[] {"http-listener-1", "http-listener-2"}) {
            asadmin(60, "--port", String.valueOf(ADMIN_PORT), "set",
                    protocols + listener + ".http.allow-payload-for-undefined-http-methods=true");
        }
        asadmin(60, "--port", String.valueOf(ADMIN_PORT), "create-jvm-options", "-XX\\:+ExitOnOutOfMemoryError");
    }

    /** The server's process, from the pid file the domain keeps. */
    long pid() throws IOException {
        return Long.parseLong(Files.readString(home.resolve("glassfish/domains").resolve(DOMAIN).resolve("config/pid")).trim());
    }

    /** Stops and starts the domain with the application deployed, as an operator's restart does. */
    void restart() {
        asadmin(240, "restart-domain", DOMAIN);
    }

    void deploy(Path ear) {
        asadmin(300, "--port", String.valueOf(ADMIN_PORT), "deploy", "--force=true", "--name", "psarchive",
                ear.toString());
    }

    @Override
    public void close() {
        if (started) {
            asadmin(120, "stop-domain", DOMAIN);
        }
    }

    private void asadmin(int timeoutSeconds, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createTempFile("asadmin", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + arguments[0] + " timed out: " + read(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed: " + read(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
