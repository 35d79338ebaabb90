package org.psarchive.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A copy of snmp-collector's test helper {@code org.psarchive.snmp.agent.Snmpd} (kept in step by hand: a
 * test-jar of that module would have to be installed for platform-war's builds outside the reactor), with
 * secrets random per test run, so that a test can search logs and dumps for them.
 *
 * <p>A real net-snmp snmpd on loopback, with a private configuration and persistent directory in a temporary
 * folder, so tests depend neither on /etc/snmp nor on /var/lib/snmp. Each start gives the agent a new
 * engine ID (set in the configuration: the default engine ID type derives it from a MAC address, which
 * stays the same), as an agent replaced behind the same address would have.
 */
public final class Snmpd implements AutoCloseable {

    public static final String COMMUNITY = "community-" + randomHex();
    public static final String USER = "tester";
    public static final String USER_SHA256 = "tester256";
    public static final String USER_SHA512_AES256 = "tester512";
    public static final String USER_AUTH_ONLY = "authonly";
    public static final String AUTH_PASSWORD = "authpass-" + randomHex();
    public static final String PRIV_PASSWORD = "privpass-" + randomHex();

    private static final Path SNMPD = Path.of("/usr/sbin/snmpd");

    private final Path dir;
    private final int port;
    private Process process;
    private String engineId;

    private Snmpd(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts snmpd on a free UDP port of 127.0.0.1 and returns once it answers (10 s at most). */
    public static Snmpd start() {
        try {
            Snmpd snmpd = new Snmpd(Files.createTempDirectory("snmpd-it"), freeUdpPort());
            snmpd.startProcess();
            return snmpd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomHex() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    public static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** True when ::1 is configured, so the agent can listen on it too. */
    public static boolean hasIpv6Loopback() {
        try (DatagramSocket socket = new DatagramSocket(0, java.net.InetAddress.getByName("::1"))) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean installed() {
        return Files.isExecutable(SNMPD);
    }

    public int port() {
        return port;
    }

    /** The engine ID this start was given, as hex. */
    public String engineId() {
        return engineId;
    }

    /** Stops the agent and starts it again on the same port with a new engine ID. */
    public void restart() {
        stop();
        startProcess();
    }

    private void startProcess() {
        byte[] id = new byte[8];
        ThreadLocalRandom.current().nextBytes(id);
        engineId = HexFormat.of().formatHex(id);
        Path conf = dir.resolve("snmpd.conf");
        Path persistent = dir.resolve("persistent");
        try {
            // A fresh persistent directory per start: createUser lines are read again, nothing of the last start
            // (engine boots, users) carries over.
            deleteTree(persistent);
            Files.createDirectories(persistent);
            Files.writeString(conf, String.join("\n",
                    // One line: a second agentAddress line replaces the first. IPv6 only where the host has ::1.
                    "agentAddress udp:127.0.0.1:" + port + (hasIpv6Loopback() ? ",udp6:[::1]:" + port : ""),
                    "rocommunity6 " + COMMUNITY + " ::1",
                    "engineID 0x" + engineId,
                    "rocommunity " + COMMUNITY + " 127.0.0.1",
                    "createUser " + USER + " SHA \"" + AUTH_PASSWORD + "\" AES \"" + PRIV_PASSWORD + "\"",
                    "createUser " + USER_SHA256 + " SHA-256 \"" + AUTH_PASSWORD + "\" AES \"" + PRIV_PASSWORD + "\"",
                    "createUser " + USER_SHA512_AES256 + " SHA-512 \"" + AUTH_PASSWORD + "\" AES-256 \"" + PRIV_PASSWORD
                            + "\"",
                    "createUser " + USER_AUTH_ONLY + " SHA \"" + AUTH_PASSWORD + "\"",
                    "rouser " + USER + " authPriv",
                    "rouser " + USER_SHA256 + " authPriv",
                    "rouser " + USER_SHA512_AES256 + " authPriv",
                    "rouser " + USER_AUTH_ONLY + " authNoPriv",
                    ""), StandardCharsets.US_ASCII);
            ProcessBuilder builder = new ProcessBuilder(SNMPD.toString(), "-f", "-Lo", "-C", "-c", conf.toString(),
                    "-p", dir.resolve("snmpd.pid").toString(), "-I", "-smux,mteTrigger,mteTriggerConf")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("snmpd.log").toFile());
            builder.environment().put("SNMP_PERSISTENT_DIR", persistent.toString());
            builder.environment().put("MIBS", ""); // no MIB files are needed, so no warnings about missing ones
            process = builder.start();
            awaitAnswer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks sysUpTime with net-snmp's snmpget until the agent answers or 10 s have passed. */
    private void awaitAnswer() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("snmpd exited: " + log());
            }
            Process get = new ProcessBuilder("snmpget", "-v2c", "-c", COMMUNITY, "-t", "0.2", "-r", "0", "-On",
                    "127.0.0.1:" + port, "1.3.6.1.2.1.1.3.0").redirectErrorStream(true).start();
            try {
                if (get.waitFor(2, TimeUnit.SECONDS) && get.exitValue() == 0) {
                    return;
                }
                get.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("snmpd did not answer within 10 s: " + log());
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("snmpd.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the agent by its process id and waits until it is gone. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
