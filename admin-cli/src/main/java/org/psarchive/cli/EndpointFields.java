package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of a service endpoint shared by {@code registration add} and {@code registration update}:
 * addresses, description, flags and communities. Unset options are null, so an update changes only
 * what was given; the server applies the defaults and every rule.
 */
final class EndpointFields {

    @Option(names = "--ipv4", paramLabel = "ADDRESS", description = "IPv4 address of the host, e.g. 192.0.2.10 ('' for none)")
    String ipv4;

    @Option(names = "--ipv6", paramLabel = "ADDRESS", description = "IPv6 address of the host, e.g. 2001:db8::10 ('' for none)")
    String ipv6;

    @Option(names = "--description", paramLabel = "TEXT", description = "Short label, at most 255 characters ('' for none)")
    String description;

    @Option(names = "--beta", negatable = true, description = "Beta service (default: --no-beta)")
    Boolean beta;

    @Option(names = "--production", negatable = true, description = "In production (default: --production)")
    Boolean production;

    @Option(names = "--monitored", negatable = true, description = "Monitored (default: --monitored)")
    Boolean monitored;

    @Option(names = "--community", paramLabel = "NAME",
            description = "A community, e.g. WLCG (repeat for several; on update they replace the endpoint's)")
    List<String> communities;

    @Option(names = "--no-communities", description = "On update: remove every community")
    boolean noCommunities;

    /** The request body of {@code add}: the identity plus every option given. */
    JsonObject create(String site, String type, String host) {
        JsonObjectBuilder body = ApiJson.object().add("site", site).add("service-type", type).add("host-name", host);
        return merge(body.build(), null, null, null);
    }

    /**
     * The request body of {@code update}: the endpoint as the server answered it, with the given
     * identity options and fields replacing its members. The server's PUT replaces the whole endpoint.
     */
    JsonObject merge(JsonObject current, String site, String type, String host) {
        JsonObjectBuilder body = ApiJson.object();
        for (String member : List.of("site", "service-type", "host-name", "ipv4", "ipv6", "description", "beta",
                "production", "monitored", "communities")) {
            JsonValue value = current.get(member);
            if (value != null && value != JsonValue.NULL) {
                body.add(member, value);
            }
        }
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("site", site);
        texts.put("service-type", type);
        texts.put("host-name", host);
        texts.put("ipv4", ipv4);
        texts.put("ipv6", ipv6);
        texts.put("description", description);
        texts.forEach((member, value) -> {
            if (value != null) {
                body.add(member, value);
            }
        });
        flag(body, "beta", beta);
        flag(body, "production", production);
        flag(body, "monitored", monitored);
        if (noCommunities) {
            body.add("communities", ApiJson.strings(List.of()));
        } else if (communities != null) {
            body.add("communities", ApiJson.strings(communities));
        }
        return body.build();
    }

    private static void flag(JsonObjectBuilder body, String member, Boolean value) {
        if (value != null) {
            body.add(member, value);
        }
    }
}
