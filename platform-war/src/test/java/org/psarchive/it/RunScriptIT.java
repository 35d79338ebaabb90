package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * What README.md promises of {@code bin/run}: the platform comes up on the embedded database with no
 * database server, answers {@code /health} within 60 s, stops cleanly on Ctrl-C (SIGINT), and finds
 * its data (and admin token) again at the next start, where it can also close anonymous reads.
 */
class RunScriptIT {

    private static final Path RUN = Path.of("../bin/run").toAbsolutePath().normalize();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsOnTheEmbeddedDatabaseStopsOnCtrlCAndKeepsItsDataAndToken(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data) throws Exception {
        int port = freePort();

        Path firstLog = data.resolve("first.log");
        Process first = start(data, port, firstLog);
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, firstLog);
            String platform = get(port, "/api/platform").body();
            assertTrue(platform.contains("\"database\":\"H2\""), platform);
            archiveRoundTripOnTheEmbeddedDatabase(port, Files.readString(data.resolve("admin.token")).trim());
            lookupRoundTripOnTheEmbeddedDatabase(port);
        } finally {
            stopWithCtrlC(first, firstLog);
        }
        assertTrue(Files.isRegularFile(data.resolve("db/psarchive.mv.db")), "embedded database file in PSARCHIVE_DATA");

        Path secondLog = data.resolve("second.log");
        Process second = start(data, port, secondLog, Map.of("PSARCHIVE_AUTH_READS", "true",
                "PSARCHIVE_LOOKUP_REGISTER_RESTRICTED", "true", "PSARCHIVE_HTTP_THREADS", "6"));
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, secondLog);
            assertTrue(Files.readString(secondLog).contains("; 6 request threads)"), "PSARCHIVE_HTTP_THREADS is announced");
            assertTrue(Files.readString(data.resolve("micro/config/domain.xml")).contains(
                    "name=\"http-thread-pool\" min-thread-pool-size=\"2\" max-thread-pool-size=\"6\""),
                    "and given to Payara's request thread pool");
            assertTrue(Files.readString(secondLog).contains("(0 migration(s) applied now)"),
                    "the second start found the schema already in place");
            assertTrue(Files.readString(secondLog).contains("Admin token in "), "the admin token of the first start is kept");

            assertEquals(401, get(port, "/api/platform").statusCode(), "PSARCHIVE_AUTH_READS=true closes anonymous reads");
            String token = Files.readString(data.resolve("admin.token")).trim();
            HttpResponse<String> authenticated = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/platform")).header("Authorization", "Token " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, authenticated.statusCode(), authenticated.body());
            restrictedLookupRegistration(port, token);
        } finally {
            stopWithCtrlC(second, secondLog);
        }
    }

    @Test
    void refusesANonsensicalNumberOfRequestThreadsWithOneLine(@TempDir Path data) throws Exception {
        Path log = data.resolve("run.log");
        Process run = start(data, freePort(), log, Map.of("PSARCHIVE_HTTP_THREADS", "1"));

        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "bin/run refuses before starting anything");
        assertNotEquals(0, run.exitValue());
        assertTrue(Files.readString(log).contains("PSARCHIVE_HTTP_THREADS must be 2..1000 (got 1)"), Files.readString(log));
    }

    @Test
    void servesHttpsWithTheOperatorsKeystoreWithoutShowingItsPassword(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data) throws Exception {
        int port = freePort();
        int tlsPort = freePort();
        String password = "kp-" + Long.toHexString(System.nanoTime());
        Path keystore = data.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "psarchive", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));

        Path log = data.resolve("tls.log");
        Process platform = start(data, port, log, Map.of("PSARCHIVE_TLS_PORT", String.valueOf(tlsPort),
                "PSARCHIVE_TLS_KEYSTORE", keystore.toString(), "PSARCHIVE_TLS_KEYSTORE_PASSWORD", password));
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, log);
            HttpClient verifying = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(keystore, password)).build();
            HttpResponse<String> health = verifying.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + tlsPort + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());

            String commandLine = Files.readString(Path.of("/proc", String.valueOf(platform.pid()), "cmdline"));
            assertFalse(commandLine.contains(password), "the keystore password is not on the command line");
            assertFalse(Files.readString(log).contains(password), "nor in the log");
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("micro/tls.args"))));

            // psarchive-admin verifies the certificate unless told --insecure
            String https = "https://localhost:" + tlsPort + "/";
            assertEquals(4, cli("status", "--url", https), "an untrusted certificate is refused");
            assertEquals(0, cli("status", "--insecure", "--url", https));
        } finally {
            stopWithCtrlC(platform, log);
        }
    }

    /**
     * Logs an operator can use: with PSARCHIVE_LOG_DIR the server's log goes to files there, rotated at
     * PSARCHIVE_LOG_FILE_BYTES and kept PSARCHIVE_LOG_FILES deep, standard output keeps warnings only; the
     * access log names who wrote what; and no secret (admin token, API key, SNMP community, v3 passwords)
     * appears in any log line.
     */
    @Test
    void logsToRotatedFilesWithAnAccessLogAndNeverASecret(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data) throws Exception {
        int port = freePort();
        Path logs = data.resolve("logs");
        Path log = data.resolve("stdout.log");
        Process platform = start(data, port, log, Map.of("PSARCHIVE_LOG_DIR", logs.toString(),
                "PSARCHIVE_LOG_FILE_BYTES", "10000", "PSARCHIVE_LOG_FILES", "3", "PSARCHIVE_ACCESS_LOG", "true"));
        List<String> secrets = new ArrayList<>();
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, log);
            String token = Files.readString(data.resolve("admin.token")).trim();
            secrets.add(token);
            String account = "logged-" + Long.toHexString(System.nanoTime());
            HttpResponse<String> created = send(port, "POST", "/api/admin/accounts", token,
                    "{\"name\":\"" + account + "\",\"permissions\":[\"metadata-post\"],\"key\":true}");
            assertEquals(201, created.statusCode(), created.body());
            String key = jakarta.json.Json.createReader(new java.io.StringReader(created.body())).readObject().getString("key");
            secrets.add(key);
            String community = "c0mm-" + Long.toHexString(System.nanoTime());
            String auth = "authpw-" + Long.toHexString(System.nanoTime());
            String priv = "privpw-" + Long.toHexString(System.nanoTime());
            secrets.addAll(List.of(community, auth, priv));
            assertEquals(201, send(port, "POST", "/api/admin/snmp/targets", token, "{\"name\":\"v2-" + account
                    + "\",\"host\":\"127.0.0.1\",\"port\":9,\"community\":\"" + community + "\"}").statusCode());
            assertEquals(201, send(port, "POST", "/api/admin/snmp/targets", token, "{\"name\":\"v3-" + account
                    + "\",\"host\":\"127.0.0.1\",\"port\":9,\"user\":\"u\",\"auth-protocol\":\"SHA\",\"auth-password\":\""
                    + auth + "\",\"priv-protocol\":\"AES\",\"priv-password\":\"" + priv + "\"}").statusCode());
            assertEquals(401, send(port, "GET", "/api/auth/whoami", key + "x", null).statusCode(), "a wrong key");
            for (int i = 0; i < 150; i++) { // enough access lines to rotate 10 kB files
                assertEquals(200, send(port, "GET", "/api/platform", key, null).statusCode());
            }
        } finally {
            stopWithCtrlC(platform, log);
        }

        List<Path> files;
        try (var listed = Files.list(logs)) {
            files = listed.filter(file -> file.getFileName().toString().matches("psarchive\\.\\d+\\.log")).sorted().toList();
        }
        assertEquals(List.of("psarchive.0.log", "psarchive.1.log", "psarchive.2.log"),
                files.stream().map(file -> file.getFileName().toString()).toList(), "rotated, three kept");
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.length() <= 10_000 + 2_000, file + " stays near its limit: " + text.length());
            all.append(text);
        }
        String stdout = Files.readString(log);
        assertTrue(all.toString().matches("(?s).*\\[org\\.psarchive\\.access\\] 127\\.0\\.0\\.1 logged-[0-9a-f]+ \"GET /api/platform\" 200 \\d+ms.*"),
                "the access log names the account: " + all.substring(Math.max(0, all.length() - 2000)));
        assertFalse(stdout.contains("[org.psarchive.access]"), "standard output keeps warnings only");
        for (String secret : secrets) {
            assertFalse(all.toString().contains(secret), "a secret in the log files");
            assertFalse(stdout.contains(secret), "a secret on standard output");
        }
    }

    /**
     * Backups that restore: psarchive-admin backup takes an online backup of the embedded database while a
     * client keeps writing; the backup unzipped into an empty data directory starts, and holds every point
     * acknowledged before the backup was asked for.
     */
    @Test
    void backsUpTheEmbeddedDatabaseUnderWritesAndRestoresIt(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data) throws Exception {
        int port = freePort();
        Path original = data.resolve("original");
        Path log = data.resolve("backup.log");
        Process platform = start(original, port, log);
        List<Long> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> beforeBackup;
        String archive;
        Path backup;
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, log);
            String token = Files.readString(original.resolve("admin.token")).trim();
            HttpResponse<String> account = send(port, "POST", "/api/admin/accounts", token,
                    "{\"name\":\"backed-up\",\"permissions\":[\"metadata-post\",\"timeseries-post\"],\"key\":true}");
            String key = account.body().replaceAll(".*\"key\":\"([0-9a-f]{40})\".*", "$1");
            HttpResponse<String> metadata = send(port, "POST", "/esmond/perfsonar/archive/", key, "{\"subject-type\":"
                    + "\"point-to-point\",\"source\":\"10.0.0.1\",\"destination\":\"10.0.0.2\",\"measurement-agent\":"
                    + "\"10.0.0.1\",\"tool-name\":\"pscheduler/powstream\",\"input-source\":\"a\",\"input-destination\":\"b\","
                    + "\"event-types\":[{\"event-type\":\"packet-count-sent\"}]}");
            assertEquals(201, metadata.statusCode(), metadata.body());
            archive = "/esmond/perfsonar/archive/" + metadata.body().replaceAll(".*\"metadata-key\":\"([0-9a-f]{32})\".*", "$1") + "/";
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (long ts = 60; writing.get(); ts += 60) {
                    try {
                        if (send(port, "PUT", archive, key, "{\"data\":[{\"ts\":" + ts
                                + ",\"val\":[{\"event-type\":\"packet-count-sent\",\"val\":" + ts + "}]}]}").statusCode() == 201) {
                            acknowledged.add(ts);
                        }
                    } catch (Exception e) {
                        return;
                    }
                }
            }, "backup-test-writer");
            writer.start();
            Await.until("50 points written", Duration.ofSeconds(60), () -> acknowledged.size() >= 50
                    ? java.util.Optional.of(true) : java.util.Optional.empty());
            beforeBackup = List.copyOf(acknowledged);
            HttpResponse<String> taken = send(port, "POST", "/api/admin/backup", token, null);
            assertEquals(201, taken.statusCode(), taken.body());
            backup = Path.of(taken.body().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1"));
            int atBackup = acknowledged.size();
            Await.until("writes after the backup", Duration.ofSeconds(60), () -> acknowledged.size() >= atBackup + 20
                    ? java.util.Optional.of(true) : java.util.Optional.empty());
            writing.set(false);
            writer.join(10_000);
        } finally {
            stopWithCtrlC(platform, log);
        }
        assertTrue(backup.startsWith(original.resolve("backups")) && backup.getFileName().toString().matches(
                "psarchive-\\d{8}T\\d{6}Z\\.zip"), backup.toString());

        // restore: an empty data directory, the database unzipped into db/, the admin token beside it
        Path restored = data.resolve("restored");
        Files.createDirectories(restored.resolve("db"));
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, restored.resolve("db").resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        Files.copy(original.resolve("admin.token"), restored.resolve("admin.token"));
        Path restoredLog = data.resolve("restored.log");
        Process again = start(restored, port, restoredLog);
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, restoredLog);
            String points = get(port, archive + "packet-count-sent/base?time-start=0&limit=100000").body();
            for (long ts : beforeBackup) {
                assertTrue(points.contains("\"ts\":" + ts + ","), "point " + ts + " acknowledged before the backup: " + points);
            }
        } finally {
            stopWithCtrlC(again, restoredLog);
        }
    }

    /** The PEM chain and key a site's CA or ACME client hands out serve HTTPS as they are; a wrong pair is refused. */
    @Test
    void servesHttpsWithAPemCertificateAndKey(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data) throws Exception {
        int port = freePort();
        int tlsPort = freePort();
        Path certificate = data.resolve("fullchain.pem");
        Path key = data.resolve("privkey.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", key.toString(), "-out", certificate.toString()).redirectErrorStream(true).start();
        assertEquals(0, openssl.waitFor(), new String(openssl.getInputStream().readAllBytes()));

        Path wrong = data.resolve("wrong.log");
        Process refused = start(data.resolve("wrong"), port, wrong, Map.of("PSARCHIVE_TLS_PORT", String.valueOf(tlsPort),
                "PSARCHIVE_TLS_CERT", certificate.toString(), "PSARCHIVE_TLS_KEY", certificate.toString()));
        assertTrue(refused.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "bin/run stops at once");
        assertNotEquals(0, refused.exitValue());
        assertTrue(Files.readString(wrong).contains("are not a PEM certificate chain and its unencrypted key"),
                Files.readString(wrong));

        Path log = data.resolve("pem.log");
        Process platform = start(data, port, log, Map.of("PSARCHIVE_TLS_PORT", String.valueOf(tlsPort),
                "PSARCHIVE_TLS_CERT", certificate.toString(), "PSARCHIVE_TLS_KEY", key.toString()));
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, log);
            HttpClient verifying = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(trustingPem(certificate)).build();
            HttpResponse<String> health = verifying.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + tlsPort + "/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, health.statusCode(), health.body());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("micro/tls.p12"))));
            assertFalse(Files.readString(Path.of("/proc", String.valueOf(platform.pid()), "cmdline")).contains("keyStorePassword"));
        } finally {
            stopWithCtrlC(platform, log);
        }
    }

    private static SSLContext trustingPem(Path certificate) throws Exception {
        java.security.KeyStore trust = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
        trust.load(null, null);
        try (var in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("server", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        javax.net.ssl.TrustManagerFactory managers = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        managers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, managers.getTrustManagers(), null);
        return context;
    }

    /**
     * The hardening of issue 22 as bin/run starts the platform: only the HTTP port listens beyond the
     * loopback (the data grid used to listen on *:6900 without authentication), the JVM exits on
     * OutOfMemoryError, sixteen clients trickling bodies a byte a second hold none of the (here four)
     * request threads, and a platform that does not stop on SIGTERM is killed after PSARCHIVE_STOP_TIMEOUT.
     */
    @Test
    void listensOnlyOnHttpServesBesideSlowSendersAndStopsWithinItsGrace(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data)
            throws Exception {
        int port = freePort();
        Path log = data.resolve("hardened.log");
        Process run = start(data, port, log, Map.of("PSARCHIVE_HTTP_THREADS", "4", "PSARCHIVE_STOP_TIMEOUT", "3"));
        try {
            assertHealthyWithin(Duration.ofSeconds(60), port, log);
            ProcessHandle java = run.descendants().filter(child -> child.info().command().orElse("").endsWith("java"))
                    .findFirst().orElseThrow(() -> new AssertionError("no java under bin/run"));
            assertTrue(java.info().arguments().map(List::of).orElse(List.of()).contains("-XX:+ExitOnOutOfMemoryError"),
                    "the JVM exits on OutOfMemoryError: " + java.info().commandLine().orElse(""));
            assertEquals(List.of("tcp " + port), reachableFromOutside(java.pid()),
                    "only the HTTP port listens on a non-loopback address");

            slowSendersHoldNoRequestThread(port);

            new ProcessBuilder("kill", "-STOP", String.valueOf(java.pid())).start().waitFor();
            long stopping = System.nanoTime();
            new ProcessBuilder("kill", "-TERM", String.valueOf(run.pid())).start().waitFor();
            assertTrue(run.waitFor(20, TimeUnit.SECONDS), "bin/run ends a platform that ignores SIGTERM");
            long seconds = (System.nanoTime() - stopping) / 1_000_000_000;
            assertEquals(137, run.exitValue(), "killed, and says so");
            assertTrue(seconds >= 3, "after its grace of 3 s, not before: " + seconds + " s");
            assertTrue(java.onExit().get(10, TimeUnit.SECONDS) != null && !java.isAlive());
            assertTrue(Files.readString(log).contains("did not stop within 3 s: killing it"), Files.readString(log));
        } finally {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
    }

    /**
     * Readiness asks the database, not only the connection pool: when psarchive's database goes away
     * (dropped here; on the embedded H2 it closed itself after running out of memory) /health/ready
     * turns DOWN, where a pooled connection's isValid() kept it UP.
     */
    @Test
    void reportsNotReadyWhenItsDatabaseGoesAway(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data) throws Exception {
        String url = System.getProperty("it.db.url");
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')) + "_gone";
        int port = freePort();
        Path log = data.resolve("gone.log");
        Process run = start(data, port, log, Map.of(
                "PSARCHIVE_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + name + "?createDatabaseIfNotExist=true",
                "PSARCHIVE_DB_USER", System.getProperty("it.db.user"),
                "PSARCHIVE_DB_PASSWORD", System.getProperty("it.db.password")));
        try {
            assertHealthyWithin(Duration.ofSeconds(90), port, log);
            assertEquals(200, get(port, "/health/ready").statusCode());

            try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url, System.getProperty("it.db.user"),
                    System.getProperty("it.db.password"))) {
                admin.createStatement().execute("DROP DATABASE " + name);
            }
            Instant deadline = Instant.now().plusSeconds(30);
            HttpResponse<String> ready = get(port, "/health/ready");
            while (ready.statusCode() == 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                ready = get(port, "/health/ready");
            }
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());
        } finally {
            stopWithCtrlC(run, log);
        }
    }

    /** Every socket the process listens on beyond 127/8 and ::1, as "tcp PORT" or "udp PORT" (ss, iproute2). */
    private static List<String> reachableFromOutside(long pid) throws Exception {
        Process ss = new ProcessBuilder("ss", "-H", "-t", "-u", "-l", "-n", "-p").redirectErrorStream(true).start();
        String table = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ss.waitFor(), table);
        List<String> open = new java.util.ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.contains("pid=" + pid + ",")) {
                continue;
            }
            String[] columns = line.trim().split("\\s+");
            String local = columns[4];
            String address = local.substring(0, local.lastIndexOf(':'));
            boolean loopback = address.startsWith("127.") || address.equals("[::1]") || address.startsWith("[::ffff:127.");
            if (!loopback) {
                open.add(columns[0] + " " + local.substring(local.lastIndexOf(':') + 1));
            }
        }
        return open;
    }

    /** With 16 bodies trickling a byte a second, a read and a write each answer within a second. */
    private void slowSendersHoldNoRequestThread(int port) throws Exception {
        List<SlowClient> slow = new java.util.ArrayList<>();
        java.util.concurrent.ScheduledExecutorService trickle = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.CountDownLatch trickling = new java.util.concurrent.CountDownLatch(2);
        try {
            for (int i = 0; i < 16; i++) {
                SlowClient client = new SlowClient(port, "POST", "/lookup/records", "Content-Length: 1000");
                slow.add(client);
            }
            trickle.scheduleAtFixedRate(() -> {
                slow.forEach(client -> client.send(" ".getBytes(StandardCharsets.UTF_8)));
                trickling.countDown();
            }, 0, 1, TimeUnit.SECONDS);
            assertTrue(trickling.await(10, TimeUnit.SECONDS), "every slow sender has started its body");

            long started = System.nanoTime();
            HttpResponse<String> platform = get(port, "/api/platform");
            long readMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, platform.statusCode(), platform.body());
            started = System.nanoTime();
            HttpResponse<String> registered = send(port, "POST", "/lookup/records", null,
                    "{\"type\":\"host\",\"host-name\":\"beside-slow-senders.example\"}");
            long writeMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, registered.statusCode(), registered.body());
            System.out.println("beside 16 slow senders on 4 request threads: GET " + readMillis + " ms, POST "
                    + writeMillis + " ms");
            assertTrue(readMillis < 1_000 && writeMillis < 1_000, "GET " + readMillis + " ms, POST " + writeMillis + " ms");
        } finally {
            trickle.shutdownNow();
            slow.forEach(SlowClient::close);
        }
    }

    /** The archive's SQL (upserts, batches, searches) on H2 as on MariaDB: one write and its summary read back. */
    private void archiveRoundTripOnTheEmbeddedDatabase(int port, String adminToken) throws Exception {
        HttpResponse<String> account = send(port, "POST", "/api/admin/accounts", adminToken,
                "{\"name\":\"embedded-poster\",\"permissions\":[\"metadata-post\",\"timeseries-post\"]}");
        assertEquals(201, account.statusCode(), account.body());
        String key = account.body().replaceAll(".*\"key\":\"([0-9a-f]{40})\".*", "$1");
        HttpResponse<String> metadata = send(port, "POST", "/esmond/perfsonar/archive/", key, """
                {"subject-type":"point-to-point","source":"10.0.0.1","destination":"10.0.0.2","measurement-agent":"10.0.0.1",
                 "tool-name":"pscheduler/powstream","input-source":"a","input-destination":"b","event-types":[
                 {"event-type":"packet-count-sent","summaries":[{"summary-type":"aggregation","summary-window":300}]},
                 {"event-type":"histogram-owdelay","summaries":[{"summary-type":"aggregation","summary-window":300},
                                                                {"summary-type":"statistics","summary-window":300}]}]}""");
        assertEquals(201, metadata.statusCode(), metadata.body());
        String archive = "/esmond/perfsonar/archive/" + metadata.body().replaceAll(".*\"metadata-key\":\"([0-9a-f]{32})\".*", "$1") + "/";
        for (int ts : new int[] {600, 660}) {
            HttpResponse<String> put = send(port, "PUT", archive, key, "{\"data\":[{\"ts\":" + ts + ",\"val\":["
                    + "{\"event-type\":\"packet-count-sent\",\"val\":10},{\"event-type\":\"histogram-owdelay\",\"val\":{\"3\":2}}]}]}");
            assertEquals(201, put.statusCode(), put.body());
        }
        assertEquals(409, send(port, "PUT", archive, key,
                "{\"data\":[{\"ts\":600,\"val\":[{\"event-type\":\"packet-count-sent\",\"val\":1}]}]}").statusCode());
        assertEquals("[{\"ts\":600,\"val\":20.0}]", get(port, archive + "packet-count-sent/aggregations/300?time-start=0").body());
        assertEquals("[{\"ts\":600,\"val\":{\"3\":4}}]", get(port, archive + "histogram-owdelay/aggregations/300?time-start=0").body());
        assertTrue(get(port, "/esmond/perfsonar/archive/?tool-name=pscheduler/powstream").body().contains(archive));
    }

    /** The lookup service's SQL (binary-collated values, LIKE, semi-joins, cascades) on H2 as on MariaDB. */
    private void lookupRoundTripOnTheEmbeddedDatabase(int port) throws Exception {
        String host = "{\"type\":\"host\",\"host-name\":\"ps.embedded.example\",\"group-communities\":[\"WLCG\"],"
                + "\"client-uuid\":\"c-embedded\"}";
        HttpResponse<String> registered = send(port, "POST", "/lookup/records", null, host);
        assertEquals(200, registered.statusCode(), registered.body());
        String uri = registered.body().replaceAll(".*\"uri\":\"(lookup/host/[0-9a-f-]{36})\".*", "$1");
        assertEquals(403, send(port, "POST", "/lookup/records", null, host).statusCode(), "a duplicate");

        assertTrue(get(port, "/lookup/records?group-communities=WLCG").body().contains(uri));
        assertEquals("[]", get(port, "/lookup/records?group-communities=wlcg").body(), "case-sensitive");
        assertTrue(get(port, "/lookup/records?host-name=ps.embedded*&type=host").body().contains(uri));
        assertTrue(get(port, "/lookup/communities").body().contains("{\"name\":\"WLCG\",\"hosts\":1,\"services\":0}"));
        assertTrue(get(port, "/lookup/communities/wlcg/hosts?case-insensitive=true").body().contains(uri));
        assertEquals(200, send(port, "PUT", "/lookup/records", null, "{\"record-uris\":[\"" + uri + "\"]}").statusCode());
        assertEquals(200, send(port, "DELETE", "/" + uri, null, "{\"client-uuid\":\"c-embedded\"}").statusCode());
        assertEquals(404, get(port, "/" + uri).statusCode());
    }

    /** With PSARCHIVE_LOOKUP_REGISTER_RESTRICTED=true only accounts with lookup-register may register. */
    private void restrictedLookupRegistration(int port, String adminToken) throws Exception {
        String record = "{\"type\":\"host\",\"host-name\":\"ps.restricted.example\"}";
        HttpResponse<String> poster = send(port, "POST", "/api/admin/accounts", adminToken,
                "{\"name\":\"not-a-registrar\",\"permissions\":[\"metadata-post\"]}");
        HttpResponse<String> registrar = send(port, "POST", "/api/admin/accounts", adminToken,
                "{\"name\":\"registrar\",\"permissions\":[\"lookup-register\"]}");
        String posterKey = poster.body().replaceAll(".*\"key\":\"([0-9a-f]{40})\".*", "$1");
        String registrarKey = registrar.body().replaceAll(".*\"key\":\"([0-9a-f]{40})\".*", "$1");

        assertEquals(401, send(port, "POST", "/lookup/records", null, record).statusCode(), "anonymous");
        assertEquals(403, send(port, "POST", "/lookup/records", posterKey, record).statusCode(), "without lookup-register");
        HttpResponse<String> allowed = send(port, "POST", "/lookup/records", registrarKey, record);
        assertEquals(200, allowed.statusCode(), allowed.body());
    }

    private HttpResponse<String> send(int port, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the real psarchive-admin jar and returns its exit code. */
    private static int cli(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("../admin-cli/target/psarchive-admin.jar").toAbsolutePath().toString()));
        command.addAll(java.util.List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "psarchive-admin finished");
        return process.exitValue();
    }

    private static SSLContext trusting(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static Process start(Path data, int port, Path log) throws IOException {
        return start(data, port, log, Map.of());
    }

    private static Process start(Path data, int port, Path log, Map<String, String> settings) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(RUN.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        // the failsafe environment points at the test MariaDB; bin/run must work without any database server
        builder.environment().keySet().removeIf(name -> name.startsWith("PSARCHIVE_"));
        builder.environment().put("PSARCHIVE_DATA", data.toString());
        builder.environment().put("PSARCHIVE_PORT", String.valueOf(port));
        builder.environment().put("PSARCHIVE_RETENTION_ENABLED", "false"); // the test writes points dated 1970
        builder.environment().putAll(settings);
        return builder.start();
    }

    private void assertHealthyWithin(Duration limit, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = get(port, "/health");
                // Payara serves /health from its own context, which reports UP a moment before the
                // application's context at / accepts requests (404, then 503 meanwhile): wait for both.
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")
                        && servedByThePlatform(get(port, "/api/platform"))) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Payara Micro opens its port only once the application is deployed
            }
            Thread.sleep(250);
        }
        throw new AssertionError("bin/run did not report UP within " + limit + "; its output:\n" + Files.readString(log));
    }

    private static boolean servedByThePlatform(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/");
    }

    private static void stopWithCtrlC(Process process, Path log) throws Exception {
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
        boolean stopped = process.waitFor(60, TimeUnit.SECONDS);
        if (!stopped) {
            process.destroyForcibly();
        }
        assertTrue(stopped, "bin/run stops within 60 s of Ctrl-C");
        // 130 is the shell's code for "ended by SIGINT"; Payara's shutdown hook ran either way
        assertTrue(process.exitValue() == 0 || process.exitValue() == 130,
                "exit code " + process.exitValue() + "; output:\n" + Files.readString(log));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
