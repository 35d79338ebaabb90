package org.psarchive.web.snmp;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.snmp.collect.TargetStatus;
import org.psarchive.snmp.lease.Lease;
import org.psarchive.snmp.lease.NodeId;
import org.psarchive.snmp.probe.AgentIdentity;
import org.psarchive.snmp.target.SecretField;
import org.psarchive.snmp.target.StoredTarget;
import org.psarchive.snmp.target.TargetFields;
import org.psarchive.snmp.target.TargetName;

/** A target as the admin API shows it: every setting, and for each secret only whether it is set. */
final class TargetJson {

    private TargetJson() {
    }

    static JsonObject target(StoredTarget target) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("name", target.name().value())
                .add("host", target.host().value())
                .add("port", target.port())
                .add("version", target.version().wireName())
                .add("user", nullable(target.user()))
                .add("auth-protocol", nullable(target.auth() == null ? null : TargetFields.wireName(target.auth())))
                .add("priv-protocol", nullable(target.priv() == null ? null : TargetFields.wireName(target.priv())))
                .add("security-level", nullable(target.securityLevel() == null ? null
                        : StoredTarget.wireName(target.securityLevel())));
        for (SecretField field : SecretField.values()) {
            json.add("has-" + field.wireName(), target.has(field));
        }
        return json.add("interval", target.intervalSeconds())
                .add("include", strings(target.include()))
                .add("exclude", strings(target.exclude()))
                .add("enabled", target.enabled())
                .add("created", target.created().toString())
                .add("updated", target.updated().toString())
                .build();
    }

    static JsonObject probe(TargetName name, AgentIdentity agent) {
        return Jsonp.createObjectBuilder()
                .add("name", name.value())
                .add("sys-name", agent.sysName())
                .add("sys-descr", agent.sysDescr())
                .add("sys-uptime", BigDecimal.valueOf(agent.sysUpTime().toMillis() / 10, 2)) // seconds, to the tick
                .add("interfaces", agent.ifNumber())
                .add("hc-counters", agent.highCapacityCounters())
                .add("received-at", agent.receivedAt().toString())
                .build();
    }

    /**
     * What the collector knows of the target: {@code polled} false when it does not poll it (collector
     * off, target disabled, its lease held by another node, or not yet seen by its reload), else the last
     * poll's outcome and the counts; and the lease: the node polling the target ({@code node}, null when no
     * lease holds), since when and until when, and whether that node is the one answering.
     */
    private static JsonArrayBuilder commitDelays(TargetStatus status) {
        JsonArrayBuilder delays = Jsonp.createArrayBuilder();
        status.recentCommitDelays().forEach(delay -> delays.add(delay.toMillis()));
        return delays;
    }

    static JsonObject status(boolean collectorRunning, NodeId thisNode, Optional<TargetStatus> known, Lease lease) {
        JsonObjectBuilder status = Jsonp.createObjectBuilder().add("collector", collectorRunning ? "on" : "off")
                .add("polled", known.isPresent())
                .add("node", lease == null ? JsonValue.NULL : Jsonp.createValue(lease.node().value()))
                .add("this-node", thisNode.value())
                .add("lease-claimed", instant(lease == null ? null : lease.claimed()))
                .add("lease-expires", instant(lease == null ? null : lease.expires()));
        known.ifPresent(s -> {
            status.add("last-success", instant(s.lastSuccess())).add("last-failure", instant(s.lastFailure()))
                    .add("last-error", nullable(s.lastError())).add("failing", s.failing())
                    .add("last-poll-ms", s.lastPollDuration() == null ? JsonValue.NULL
                            : Jsonp.createValue(s.lastPollDuration().toMillis()))
                    .add("interfaces", s.interfaces())
                    .add("polls", Jsonp.createObjectBuilder().add("started", s.statistics().started())
                            .add("succeeded", s.statistics().succeeded()).add("failed", s.statistics().failed())
                            .add("late", s.statistics().late()).add("missed", s.statistics().missed()))
                    .add("recent-commit-ms", commitDelays(s));
        });
        return status.build();
    }

    private static JsonValue instant(java.time.Instant instant) {
        return instant == null ? JsonValue.NULL : Jsonp.createValue(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue nullable(String value) {
        return value == null ? JsonValue.NULL : Jsonp.createValue(value);
    }
}
