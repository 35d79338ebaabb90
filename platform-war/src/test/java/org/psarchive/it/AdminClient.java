package org.psarchive.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The admin API as the tests use it, authenticated with the token the server wrote at start-up. */
final class AdminClient {

    /** Each test takes its own 127.N.0.0/16 block, so IP accounts of different tests never overlap. */
    private static final AtomicInteger NEXT_BLOCK = new AtomicInteger(10);

    private final Http http;
    private final String token;

    AdminClient(Http http) {
        this.http = http;
        this.token = adminToken();
    }

    static String adminToken() {
        try {
            return Files.readString(Path.of("target/it-data/admin.token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the server writes target/it-data/admin.token at start-up", e);
        }
    }

    static int freshLoopbackBlock() {
        return NEXT_BLOCK.getAndIncrement();
    }

    String token() {
        return token;
    }

    HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve(path))
                .header("Authorization", "Token " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request);
    }

    /** Creates an account and returns the created representation (with its key, if one was made). */
    JsonObject createAccount(String name, String permissionsJson, boolean key) {
        HttpResponse<String> response = send("POST", "api/admin/accounts",
                "{\"name\":\"" + name + "\",\"permissions\":" + permissionsJson + ",\"key\":" + key + "}");
        if (response.statusCode() != 201) {
            throw new AssertionError("account create failed: " + response.statusCode() + " " + response.body());
        }
        return Http.object(response);
    }

    void addRanges(String account, String... cidrs) {
        StringBuilder json = new StringBuilder("{\"cidrs\":[");
        for (int i = 0; i < cidrs.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(cidrs[i]).append('"');
        }
        HttpResponse<String> response = send("POST", "api/admin/accounts/" + account + "/ip-ranges", json + "]}");
        if (response.statusCode() != 200) {
            throw new AssertionError("adding ranges failed: " + response.statusCode() + " " + response.body());
        }
    }
}
