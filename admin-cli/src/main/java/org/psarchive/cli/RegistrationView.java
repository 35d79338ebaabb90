package org.psarchive.cli;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.PrintWriter;

/** Sites, service endpoints and the dual-stack report as text. */
final class RegistrationView {

    private static final String[] SITE = {"name", "country-code", "description", "created", "updated"};
    private static final String[] ENDPOINT = {"id", "site", "service-type", "host-name", "ipv4", "ipv6", "description",
        "beta", "production", "monitored", "communities", "created", "updated"};

    private RegistrationView() {
    }

    static void site(PrintWriter out, JsonObject site) {
        details(out, site, SITE);
    }

    static void endpoint(PrintWriter out, JsonObject endpoint) {
        details(out, endpoint, ENDPOINT);
    }

    static void sites(PrintWriter out, JsonArray sites) {
        if (sites.isEmpty()) {
            out.println("No sites.");
            return;
        }
        Table table = new Table("NAME", "COUNTRY", "DESCRIPTION");
        sites.getValuesAs(JsonObject.class).forEach(site -> table.row(ApiJson.text(site, "name"),
                ApiJson.text(site, "country-code"), ApiJson.text(site, "description")));
        table.print(out);
    }

    /** A page of endpoints, and a line saying how to see the rest when there is more. */
    static void endpoints(PrintWriter out, JsonObject page) {
        JsonArray endpoints = page.getJsonArray("endpoints");
        if (endpoints.isEmpty()) {
            out.println("No service endpoints.");
            return;
        }
        Table table = new Table("ID", "SITE", "SERVICE-TYPE", "HOST", "IPV4", "IPV6", "FLAGS", "COMMUNITIES");
        for (JsonObject endpoint : endpoints.getValuesAs(JsonObject.class)) {
            table.row(ApiJson.text(endpoint, "id"), ApiJson.text(endpoint, "site"), ApiJson.text(endpoint, "service-type"),
                    ApiJson.text(endpoint, "host-name"), ApiJson.text(endpoint, "ipv4"), ApiJson.text(endpoint, "ipv6"),
                    flags(endpoint), ApiJson.text(endpoint, "communities"));
        }
        table.print(out);
        int offset = page.getInt("offset");
        long total = page.getJsonNumber("total").longValue();
        if (offset > 0 || offset + endpoints.size() < total) {
            out.println("(" + (offset + 1) + " to " + (offset + endpoints.size()) + " of " + total + "; page with --offset)");
        }
    }

    static void dualStack(PrintWriter out, JsonObject report) {
        JsonArray endpoints = report.getJsonArray("endpoints");
        if (!endpoints.isEmpty()) {
            Table table = new Table("ID", "HOST", "SERVICE-TYPE", "RESOLUTION", "A", "AAAA", "IPV4-MATCH", "IPV6-MATCH");
            for (JsonObject entry : endpoints.getValuesAs(JsonObject.class)) {
                table.row(ApiJson.text(entry, "id"), ApiJson.text(entry, "host-name"), ApiJson.text(entry, "service-type"),
                        ApiJson.text(entry, "resolution"), ApiJson.text(entry, "resolved-ipv4"),
                        ApiJson.text(entry, "resolved-ipv6"), ApiJson.text(entry, "ipv4-matches"),
                        ApiJson.text(entry, "ipv6-matches"));
            }
            table.print(out);
        }
        JsonObject summary = report.getJsonObject("summary");
        out.println("endpoints: " + ApiJson.text(summary, "endpoints") + ", dual-stack: " + ApiJson.text(summary, "dual-stack")
                + ", ipv4-only: " + ApiJson.text(summary, "ipv4-only") + ", ipv6-only: " + ApiJson.text(summary, "ipv6-only")
                + ", unresolved: " + ApiJson.text(summary, "unresolved") + ", timed-out: " + ApiJson.text(summary, "timed-out")
                + ", mismatched: " + ApiJson.text(summary, "mismatched"));
    }

    /** {@code beta}/{@code production}/{@code monitored} as GOCDB shows them: Y or N each, e.g. N/Y/Y. */
    static String flags(JsonObject endpoint) {
        return yn(endpoint, "beta") + "/" + yn(endpoint, "production") + "/" + yn(endpoint, "monitored");
    }

    private static String yn(JsonObject object, String member) {
        return ApiJson.isTrue(object, member) ? "Y" : "N";
    }

    private static void details(PrintWriter out, JsonObject object, String[] members) {
        for (String member : members) {
            out.printf("%-14s %s%n", member + ":", ApiJson.text(object, member));
        }
    }
}
