package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform behind a real nginx that terminates TLS, configured with the very site file the docs give
 * (config/nginx/psarchive.conf): every absolute URL an answer carries names the public https origin,
 * while forwarded headers or a Host from anyone but a trusted proxy change nothing.
 */
class ReverseProxyIT extends DeployedPlatformTest {

    private static final String ARCHIVE = "esmond/perfsonar/archive/";
    private static Nginx nginx;

    private HttpClient https;
    private URI proxied;
    private String key;

    @BeforeEach
    void behindNginx() throws Exception {
        if (nginx == null) {
            String site = Files.readString(Path.of("../config/nginx/psarchive.conf"));
            URI platform = http.base();
            nginx = Nginx.start(Path.of("target/nginx-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath(),
                    files -> site
                            .replace("listen 443 ssl;", "listen " + files.listen() + " ssl;")
                            .replace("listen [::]:443 ssl;", "")
                            .replace("server_name archive.example.org;", "server_name localhost;")
                            .replace("/etc/ssl/certs/archive.example.org.pem", files.certificate().toString())
                            .replace("/etc/ssl/private/archive.example.org.key", files.key().toString())
                            // the platform under test trusts 127.0.0.2 as its proxy (platform-war's pom)
                            .replace("proxy_pass http://127.0.0.1:8080;", "proxy_pass http://" + platform.getHost() + ":"
                                    + platform.getPort() + ";\n        proxy_bind 127.0.0.2;"));
        }
        https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(nginx.certificate()))
                .connectTimeout(Duration.ofSeconds(5)).build();
        proxied = URI.create("https://localhost:" + nginx.port() + "/");
        key = admin.createAccount("proxied-" + UUID.randomUUID().toString().substring(0, 8),
                "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");
    }

    @AfterAll
    static void stopNginx() {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    @Test
    void pschedulersWriteSequenceThroughTheProxyGetsPublicUrls() throws Exception {
        String run = UUID.randomUUID().toString();
        HttpResponse<String> created = send("POST", ARCHIVE, metadata(run));
        assertEquals(201, created.statusCode(), created.body());
        String metadataKey = Http.object(created).getString("metadata-key");
        String url = proxied + ARCHIVE + metadataKey + "/";

        HttpResponse<String> put = send("PUT", ARCHIVE + metadataKey + "/",
                "{\"data\":[{\"ts\":1700000000,\"val\":[{\"event-type\":\"packet-count-sent\",\"val\":600}]}]}");
        HttpResponse<String> read = send("GET", ARCHIVE + metadataKey + "/", null);

        assertEquals(url, created.headers().firstValue("Location").orElse(""));
        assertEquals(url, Http.object(created).getString("url"));
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201, put.statusCode() + " " + put.body());
        assertEquals(url, Http.object(read).getString("url"));
    }

    @Test
    void pagingLinksAndTheLookupLocatorNameThePublicOrigin() throws Exception {
        send("POST", ARCHIVE, metadata(UUID.randomUUID().toString()));
        send("POST", ARCHIVE, metadata(UUID.randomUUID().toString()));

        HttpResponse<String> page = send("GET", ARCHIVE + "?limit=1", null);
        HttpResponse<String> hosts = send("GET", "lookup/activehosts.json", null);

        assertEquals(200, page.statusCode(), page.body());
        String next = page.headers().firstValue("Link").orElse("");
        assertTrue(next.startsWith("<" + proxied + ARCHIVE + "?") && next.contains("offset=1") && next.endsWith("rel=\"next\""),
                next);
        assertEquals(proxied + "lookup/records", Http.object(hosts).getJsonArray("hosts").getJsonObject(0).getString("locator"));
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerChangeNothing() {
        URI platform = http.base();
        RawHttp.Answer spoofed = RawHttp.send("127.0.0.1", platform.getHost(), platform.getPort(), "GET",
                "/lookup/activehosts.json", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example",
                        "Forwarded", "proto=https;host=evil.example"), null);

        assertEquals(200, spoofed.status(), spoofed.body());
        assertTrue(spoofed.body().contains("\"locator\":\"http://" + platform.getHost() + ":" + platform.getPort()
                + "/lookup/records\""), spoofed.body());
    }

    @Test
    void aForgedHostIsRefusedRatherThanWrittenIntoUrls() {
        URI platform = http.base();
        RawHttp.Answer forged = RawHttp.send("127.0.0.1", platform.getHost(), platform.getPort(), "GET",
                "/lookup/activehosts.json", Map.of("Host", "evil.example"), null);

        assertEquals(400, forged.status(), forged.body());
        assertEquals("application/problem+json", forged.header("Content-Type"));
        assertTrue(forged.body().contains("evil.example") && forged.body().contains("PSARCHIVE_PUBLIC_URL"), forged.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(proxied.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Token " + key);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return https.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String metadata(String run) {
        return "{\"subject-type\":\"point-to-point\",\"source\":\"10.0.0.1\",\"destination\":\"10.0.0.2\","
                + "\"measurement-agent\":\"10.0.0.1\",\"tool-name\":\"pscheduler/powstream\",\"input-source\":\"a.example\","
                + "\"input-destination\":\"b.example\",\"test-run\":\"" + run + "\",\"event-types\":"
                + "[{\"event-type\":\"packet-count-sent\"}]}";
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return context;
    }
}
