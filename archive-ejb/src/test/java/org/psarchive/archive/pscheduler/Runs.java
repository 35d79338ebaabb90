package org.psarchive.archive.pscheduler;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fixtures: recorded runs and expected bodies under {@code /pscheduler/}, and a fixed resolver. */
final class Runs {

    /** The host names the recorded runs use, with the addresses a resolver would give them. */
    static final Map<String, List<String>> HOSTS = Map.of(
            "psched-dev2", List.of("10.0.1.28", "2001:db8:1::28"),
            "ps1.example.net", List.of("192.0.2.10", "2001:db8:10::10"),
            "ps2.example.net", List.of("192.0.2.20"),
            "data.example.net", List.of("198.51.100.80", "2001:db8:80::80"),
            "v6only.example.net", List.of("2001:db8:66::6"));

    /** Literals parsed, the names of {@link #HOSTS} known, every other name unknown. No DNS. */
    static final AddressResolver RESOLVER = host -> {
        List<String> known = HOSTS.get(host);
        if (known == null) {
            return AddressResolver.literalsOnly().resolve(host);
        }
        return known.stream().map(Runs::address).toList();
    };

    private Runs() {
    }

    static JsonObject resource(String name) {
        try (InputStream in = Runs.class.getResourceAsStream("/pscheduler/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /pscheduler/" + name);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static RunDocument run(String name) {
        return RunDocument.parse(resource(name + ".run.json"));
    }

    static EsmondMapping map(RunDocument run, String observer, DataFormattingPolicy policy) {
        return new EsmondMapper(RESOLVER, policy).map(run, Optional.ofNullable(observer));
    }

    static EsmondMapping map(JsonObject run, String observer) {
        return map(RunDocument.parse(run), observer, DataFormattingPolicy.MAPPED_AND_RAW);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
