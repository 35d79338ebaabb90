package org.psarchive.cli;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

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
        if (status.containsKey("node")) { // the node holding the target's lease, and until when
            out.printf("%-18s %s%n", "node:", ApiJson.text(status, "node")
                    + (polled ? "" : " (this node: " + ApiJson.text(status, "this-node") + ")"));
            out.printf("%-18s %s%n", "lease-expires:", ApiJson.text(status, "lease-expires"));
        }
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

    /** One row per target: its settings, then its state, the age of its last poll, interfaces and lease holder. */
    static void table(PrintWriter out, JsonArray targets, Instant now) {
        if (targets.isEmpty()) {
            out.println("No SNMP targets.");
            return;
        }
        Table table = new Table("NAME", "HOST", "PORT", "VERSION", "SECURITY", "INTERVAL", "STATE", "LAST-POLL", "IFACES",
                "NODE");
        for (JsonObject target : targets.getValuesAs(JsonObject.class)) {
            JsonObject status = target.get("status") instanceof JsonObject known ? known : JsonValue.EMPTY_JSON_OBJECT;
            boolean polled = ApiJson.isTrue(status, "polled");
            table.row(ApiJson.text(target, "name"), ApiJson.text(target, "host"), ApiJson.text(target, "port"),
                    ApiJson.text(target, "version"), ApiJson.text(target, "security-level"),
                    ApiJson.text(target, "interval") + "s", state(target, status), lastPoll(status, now),
                    polled ? ApiJson.text(status, "interfaces") : "-", ApiJson.text(status, "node"));
        }
        table.print(out);
    }

    /**
     * {@code disabled}; {@code ok}, {@code failing} or {@code starting} (no poll ended yet) on the node polling
     * it; {@code other-node} when another node holds its lease; {@code collector-off}; else {@code waiting}
     * (for a node to claim it at its next reload).
     */
    static String state(JsonObject target, JsonObject status) {
        if (!ApiJson.isTrue(target, "enabled")) {
            return "disabled";
        }
        if (ApiJson.isTrue(status, "polled")) {
            if (ApiJson.isTrue(status, "failing")) {
                return "failing";
            }
            return status.get("last-success") instanceof JsonString ? "ok" : "starting";
        }
        if (status.get("node") instanceof JsonString node && !node.getString().equals(ApiJson.text(status, "this-node"))) {
            return "other-node";
        }
        return "off".equals(ApiJson.text(status, "collector")) ? "collector-off" : "waiting";
    }

    /** The age of the last poll's end (success or failure), {@code 12s ago}; {@code -} when none. */
    static String lastPoll(JsonObject status, Instant now) {
        Instant last = null;
        for (String member : new String[] {"last-success", "last-failure"}) {
            if (status.get(member) instanceof JsonString text) {
                try {
                    Instant at = Instant.parse(text.getString());
                    last = last == null || at.isAfter(last) ? at : last;
                } catch (DateTimeParseException e) {
                    // not a time: leave it out
                }
            }
        }
        if (last == null) {
            return "-";
        }
        long seconds = Math.max(0, Duration.between(last, now).toSeconds());
        return seconds < 120 ? seconds + "s ago" : seconds < 7200 ? seconds / 60 + "m ago"
                : seconds < 172_800 ? seconds / 3600 + "h ago" : seconds / 86_400 + "d ago";
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
