package org.psarchive.snmp.probe;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.psarchive.snmp.client.SnmpClient;
import org.psarchive.snmp.client.SnmpException;
import org.psarchive.snmp.client.SnmpFailure;
import org.psarchive.snmp.client.SnmpResponse;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.SnmpValue;
import org.psarchive.snmp.mib.IfMib;

/**
 * Checks a target the way {@code psarchive-admin target test NAME} will: one GET of sysName, sysDescr,
 * sysUpTime and ifNumber, then one GETNEXT from ifHCInOctets to see whether 64-bit counters exist.
 * A dead target costs one timeout: the second request is only sent after the first was answered.
 */
public final class Probe {

    private final SnmpClient client;

    public Probe(SnmpClient client) {
        this.client = client;
    }

    /** Never completes exceptionally: a failure is a {@link ProbeResult.Failed}. */
    public CompletableFuture<ProbeResult> probe(SnmpTarget target) {
        return client.get(target, List.of(IfMib.SYS_NAME, IfMib.SYS_DESCR, IfMib.SYS_UP_TIME, IfMib.IF_NUMBER))
                .thenCompose(system -> client.getNext(target, List.of(IfMib.IF_HC_IN_OCTETS))
                        .thenApply(next -> (ProbeResult) new ProbeResult.Reached(identity(system, next))))
                .exceptionally(Probe::failed);
    }

    private static AgentIdentity identity(SnmpResponse system, SnmpResponse next) {
        boolean highCapacity = next.varBinds().get(0).oid().startsWith(IfMib.IF_HC_IN_OCTETS)
                && next.varBinds().get(0).value() instanceof SnmpValue.Counter64;
        long upTicks = system.valueOf(IfMib.SYS_UP_TIME) instanceof SnmpValue.TimeTicks t ? t.hundredths() : 0;
        long ifNumber = system.valueOf(IfMib.IF_NUMBER) instanceof SnmpValue.Integer32 n ? n.value() : 0;
        return new AgentIdentity(text(system.valueOf(IfMib.SYS_NAME)), text(system.valueOf(IfMib.SYS_DESCR)),
                Duration.ofMillis(upTicks * 10), ifNumber, highCapacity, next.receivedAt());
    }

    private static String text(SnmpValue value) {
        return value instanceof SnmpValue.OctetString s ? s.text() : "";
    }

    private static ProbeResult failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof SnmpException e) {
            return new ProbeResult.Failed(e.failure(), e.getMessage());
        }
        return new ProbeResult.Failed(SnmpFailure.PROTOCOL_ERROR, String.valueOf(cause));
    }
}
