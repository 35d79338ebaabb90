package org.psarchive.cli;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.math.BigDecimal;

/** SNMP targets as text: one as {@code member: value} lines, several as a table, a live test's answer. Never a secret: the API has none to give. */
final class TargetView {

    private static final String[] DETAILS = {
        "name", "host", "port", "version", "user", "auth-protocol", "priv-protocol", "security-level", "has-community",
        "has-auth-password", "has-priv-password", "interval", "include", "exclude", "enabled", "created", "updated"};

    private TargetView() {
    }

    static void details(PrintWriter out, JsonObject target) {
        for (String member : DETAILS) {
            out.printf("%-18s %s%n", member + ":", ApiJson.text(target, member));
        }
        if (target.get("status") instanceof JsonObject status) {
            status(out, status);
        }
    }

    /** What the collector knows of the target (the API's {@code status}), as more {@code member: value} lines. */
    static void status(PrintWriter out, JsonObject status) {
        boolean polled = ApiJson.isTrue(status, "polled");
        out.printf("%-18s %s%n", "polled:", polled ? "yes"
                : "no (collector " + ApiJson.text(status, "collector") + ")");
        if (!polled) {
            return;
        }
        out.printf("%-18s %s%n", "failing:", ApiJson.isTrue(status, "failing") ? "yes" : "no");
        for (String member : new String[] {"last-success", "last-failure", "last-error", "interfaces"}) {
            out.printf("%-18s %s%n", member + ":", ApiJson.text(status, member));
        }
        out.printf("%-18s %s%n", "last-poll:", status.get("last-poll-ms") instanceof JsonNumber ms ? ms + " ms" : "-");
        if (status.get("polls") instanceof JsonObject polls) {
            out.printf("%-18s started %s, succeeded %s, failed %s, late %s, missed %s%n", "polls:",
                    ApiJson.text(polls, "started"), ApiJson.text(polls, "succeeded"), ApiJson.text(polls, "failed"),
                    ApiJson.text(polls, "late"), ApiJson.text(polls, "missed"));
        }
    }

    static void table(PrintWriter out, JsonArray targets) {
        if (targets.isEmpty()) {
            out.println("No SNMP targets.");
            return;
        }
        Table table = new Table("NAME", "HOST", "PORT", "VERSION", "SECURITY", "INTERVAL", "ENABLED");
        for (JsonObject target : targets.getValuesAs(JsonObject.class)) {
            table.row(ApiJson.text(target, "name"), ApiJson.text(target, "host"), ApiJson.text(target, "port"),
                    ApiJson.text(target, "version"), ApiJson.text(target, "security-level"),
                    ApiJson.text(target, "interval") + "s", ApiJson.isTrue(target, "enabled") ? "yes" : "no");
        }
        table.print(out);
    }

    static void probe(PrintWriter out, JsonObject agent) {
        out.printf("%-16s %s%n", "sysName:", ApiJson.text(agent, "sys-name"));
        out.printf("%-16s %s%n", "sysDescr:", ApiJson.text(agent, "sys-descr"));
        out.printf("%-16s %s%n", "sysUpTime:", uptime(agent.get("sys-uptime") instanceof JsonNumber n ? n.bigDecimalValue() : null));
        out.printf("%-16s %s%n", "interfaces:", ApiJson.text(agent, "interfaces"));
        out.printf("%-16s %s%n", "64-bit counters:", ApiJson.isTrue(agent, "hc-counters") ? "yes" : "no");
    }

    /** {@code 3d 04:05:06.78}: sysUpTime counts hundredths of a second. */
    static String uptime(BigDecimal seconds) {
        if (seconds == null) {
            return "-";
        }
        long hundredths = seconds.movePointRight(2).longValue();
        long total = hundredths / 100;
        return String.format("%dd %02d:%02d:%02d.%02d", total / 86_400, total / 3600 % 24, total / 60 % 60, total % 60,
                hundredths % 100);
    }
}
