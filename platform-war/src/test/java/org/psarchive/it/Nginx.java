package org.psarchive.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx (Debian's) in a directory of its own, in the foreground, serving the site configuration
 * it is given on a free port of 127.0.0.1, with a fresh self-signed certificate for {@code localhost}
 * made by openssl. Stopped (and waited for) at {@link #close()}.
 */
final class Nginx implements AutoCloseable {

    private final Path directory;
    private final Process process;
    private final int port;

    private Nginx(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts nginx with {@code site} (a {@code server} block) where {@code LISTEN}, {@code CERTIFICATE} and
     * {@code KEY} stand for the listen address, certificate and key it is to use.
     */
    static Nginx start(Path directory, java.util.function.Function<Nginx.Site, String> site) throws Exception {
        Files.createDirectories(directory.resolve("tmp"));
        Path certificate = directory.resolve("localhost.pem");
        Path key = directory.resolve("localhost.key");
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", key.toString(), "-out", certificate.toString()));
        int port = freePort();
        String tmp = directory.resolve("tmp").toString();
        Files.writeString(directory.resolve("nginx.conf"), String.join("\n",
                "user root;",
                "daemon off;",
                "worker_processes 1;",
                "pid " + directory.resolve("nginx.pid") + ";",
                "error_log " + directory.resolve("error.log") + " info;",
                "events { worker_connections 64; }",
                "http {",
                "  access_log " + directory.resolve("access.log") + ";",
                "  client_body_temp_path " + tmp + "/body;",
                "  proxy_temp_path " + tmp + "/proxy;",
                "  fastcgi_temp_path " + tmp + "/fastcgi;",
                "  uwsgi_temp_path " + tmp + "/uwsgi;",
                "  scgi_temp_path " + tmp + "/scgi;",
                site.apply(new Site("127.0.0.1:" + port, certificate, key)),
                "}", ""));
        Process process = new ProcessBuilder("nginx", "-p", directory.toString(), "-e",
                directory.resolve("error.log").toString(), "-c", directory.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(directory, process, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!nginx.listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                nginx.close();
                throw new IllegalStateException("nginx did not start: " + Files.readString(directory.resolve("nginx.out"))
                        + read(directory.resolve("error.log")));
            }
            Thread.sleep(50); // polling the port, bounded by the deadline above
        }
        return nginx;
    }

    /** What the site configuration is to use. */
    record Site(String listen, Path certificate, Path key) {
    }

    int port() {
        return port;
    }

    Path certificate() {
        return directory.resolve("localhost.pem");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + output);
        }
    }
}
