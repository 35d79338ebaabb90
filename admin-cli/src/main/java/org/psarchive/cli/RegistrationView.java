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
        sites.getValuesAs(JsonObject.class).forEach(site -> table.row(JsonText.text(site, "name"),
                JsonText.text(site, "country-code"), JsonText.text(site, "description")));
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
            table.row(JsonText.text(endpoint, "id"), JsonText.text(endpoint, "site"), JsonText.text(endpoint, "service-type"),
                    JsonText.text(endpoint, "host-name"), JsonText.text(endpoint, "ipv4"), JsonText.text(endpoint, "ipv6"),
                    flags(endpoint), JsonText.text(endpoint, "communities"));
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
                table.row(JsonText.text(entry, "id"), JsonText.text(entry, "host-name"), JsonText.text(entry, "service-type"),
                        JsonText.text(entry, "resolution"), JsonText.text(entry, "resolved-ipv4"),
                        JsonText.text(entry, "resolved-ipv6"), JsonText.text(entry, "ipv4-matches"),
                        JsonText.text(entry, "ipv6-matches"));
            }
            table.print(out);
        }
        JsonObject summary = report.getJsonObject("summary");
        out.println("endpoints: " + JsonText.text(summary, "endpoints") + ", dual-stack: " + JsonText.text(summary, "dual-stack")
                + ", ipv4-only: " + JsonText.text(summary, "ipv4-only") + ", ipv6-only: " + JsonText.text(summary, "ipv6-only")
                + ", unresolved: " + JsonText.text(summary, "unresolved") + ", timed-out: " + JsonText.text(summary, "timed-out")
                + ", mismatched: " + JsonText.text(summary, "mismatched"));
    }

    /** {@code beta}/{@code production}/{@code monitored} as GOCDB shows them: Y or N each, e.g. N/Y/Y. */
    static String flags(JsonObject endpoint) {
        return yn(endpoint, "beta") + "/" + yn(endpoint, "production") + "/" + yn(endpoint, "monitored");
    }

    private static String yn(JsonObject object, String member) {
        return JsonText.isTrue(object, member) ? "Y" : "N";
    }

    private static void details(PrintWriter out, JsonObject object, String[] members) {
        for (String member : members) {
            out.printf("%-14s %s%n", member + ":", JsonText.text(object, member));
        }
    }
}
