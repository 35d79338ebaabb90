package org.psarchive.snmp.target;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.psarchive.account.AuditLog;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.platform.jpa.DatabaseTime;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.poll.InterfaceFilter;
import org.psarchive.snmp.probe.AgentIdentity;
import org.psarchive.snmp.probe.Probe;
import org.psarchive.snmp.probe.ProbeResult;

/**
 * Administration of the SNMP targets: each change one transaction with one audit event naming the
 * administrator ({@code actor}) and never a secret. The admin API and CLI call it; the poll scheduler takes
 * {@link #enabledTargets}.
 */
@Stateless
public class TargetService {

    @Inject
    private Clock clock;

    /** How long a live test waits for each attempt, and the attempts after the first. */
    public static final Duration TEST_TIMEOUT = Duration.ofMillis(1500);
    public static final int TEST_RETRIES = 1;

    private static final Logger LOG = Logger.getLogger(TargetService.class.getName());

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private TargetSecrets secrets;

    @EJB
    private SharedSnmpClient client;

    @EJB
    private AuditLog audit;

    public List<StoredTarget> list() {
        return sql(() -> store().list());
    }

    public StoredTarget find(TargetName name) {
        return sql(() -> store().find(name)).orElseThrow(() -> notFound(name));
    }

    public StoredTarget create(String actor, TargetName name, TargetChanges changes) {
        StoredTarget target = TargetRules.apply(name, null, changes, sealer(name), DatabaseTime.now(clock));
        StoredTarget created = sql(() -> store().insert(target));
        audit.record(actor, "snmp-target.create", name.value(), describe(created, changes));
        return created;
    }

    public StoredTarget update(String actor, TargetName name, TargetChanges changes) {
        StoredTarget old = find(name);
        StoredTarget updated = TargetRules.apply(name, old, changes, sealer(name), DatabaseTime.now(clock));
        sql(() -> store().update(updated));
        audit.record(actor, "snmp-target.update", name.value(), describe(updated, changes));
        return updated;
    }

    public StoredTarget enable(String actor, TargetName name, boolean enabled) {
        StoredTarget target = find(name).withEnabled(enabled, DatabaseTime.now(clock));
        sql(() -> store().setEnabled(name, enabled, target.updated()));
        audit.record(actor, enabled ? "snmp-target.enable" : "snmp-target.disable", name.value(), "");
        return target;
    }

    public void delete(String actor, TargetName name) {
        if (!sql(() -> store().delete(name))) {
            throw notFound(name);
        }
        audit.record(actor, "snmp-target.delete", name.value(), "");
    }

    /**
     * Asks the agent now, outside any transaction (it may wait {@code TEST_TIMEOUT x (TEST_RETRIES + 1)}
     * twice): its identity, or a {@link ProbeFailedException} whose detail is the operator's sentence.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AgentIdentity test(TargetName name) {
        StoredTarget stored = find(name);
        SnmpTarget target = stored.snmpTarget(secrets.box(), TEST_TIMEOUT, TEST_RETRIES);
        // the client bounds each request; this bound only guards against a future never completed
        long limit = target.maxWait().multipliedBy(3).toMillis() + 5_000;
        ProbeResult result = new Probe(client.client()).probe(target).orTimeout(limit, TimeUnit.MILLISECONDS)
                .exceptionally(e -> new ProbeResult.Failed(org.psarchive.snmp.client.SnmpFailure.TIMEOUT, ""))
                .join();
        if (result instanceof ProbeResult.Failed failed) {
            throw new ProbeFailedException(failed.failure(), "SNMP target '" + name + "' at " + address(stored) + ": "
                    + failed.failure().explanation(target.credentials()) + ".");
        }
        return ((ProbeResult.Reached) result).agent();
    }

    /**
     * The enabled targets with their credentials opened, for the poll scheduler in this server only. A
     * target whose secrets do not open with the key is left out with a warning (its name only); a missing
     * key fails the call ({@link SecretsUnavailableException}).
     */
    public List<PollTarget> enabledTargets(Duration timeout, int retries) {
        SecretBox box = secrets.box();
        List<PollTarget> targets = new ArrayList<>();
        for (StoredTarget stored : sql(() -> store().enabled())) {
            try {
                targets.add(new PollTarget(stored.name(), stored.snmpTarget(box, timeout, retries),
                        Duration.ofSeconds(stored.intervalSeconds()), new InterfaceFilter(stored.include(), stored.exclude())));
            } catch (SecretsUnavailableException e) {
                LOG.warning(() -> "SNMP target " + stored.name() + " left out: " + e.getMessage());
            }
        }
        return targets;
    }

    private TargetRules.Sealer sealer(TargetName name) {
        return (field, secret) -> secrets.box().seal(name, field, secret);
    }

    private TargetStore store() {
        return new TargetStore(dataSource);
    }

    private static String address(StoredTarget target) {
        String host = target.host().value();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + target.port();
    }

    /** The audit detail: settings and the names of the secrets given, never a secret. */
    private static String describe(StoredTarget target, TargetChanges changes) {
        return "host=" + address(target) + " version=" + target.version().wireName()
                + (target.securityLevel() == null ? "" : " level=" + StoredTarget.wireName(target.securityLevel()))
                + " interval=" + target.intervalSeconds() + " enabled=" + target.enabled()
                + " secrets-set=" + String.join(",", changes.secretsGiven());
    }

    private static NotFoundException notFound(TargetName name) {
        return new NotFoundException("No SNMP target named '" + name + "'.");
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("SNMP targets: " + e.getMessage(), e);
        }
    }
}
