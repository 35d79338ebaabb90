package org.psarchive.snmp.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.psarchive.snmp.client.Oid;
import org.psarchive.snmp.client.SnmpClient;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.SnmpValue;
import org.psarchive.snmp.client.Table;
import org.psarchive.snmp.client.TableRow;
import org.psarchive.snmp.mib.IfMib;
import org.psarchive.snmp.rate.CounterWidth;

/**
 * Polls IF-MIB counters of targets through an {@link SnmpClient}. A poll is a GET of sysUpTime and
 * ifNumber, then one walk of the due groups' columns side by side. Interface descriptions are walked on
 * their own slow cadence, and at once when something changed: ifNumber differs from the snapshot's,
 * sysUpTime went back, or a counter row has an ifIndex the snapshot lacks. The 32-bit octet columns are
 * walked only while some interface lacked the 64-bit ones at the last poll.
 * <p>
 * The poller keeps per target what the next poll needs (descriptions, when each group was read). It
 * expects at most one poll of a target at a time, which the scheduler guarantees.
 */
public final class IfMibPoller {

    private final SnmpClient client;
    private final Clock clock;
    private final PollSettings settings;
    private final Map<String, TargetState> states = new ConcurrentHashMap<>();

    /** What a target's next poll needs to know from the last one. */
    private record TargetState(InterfaceDescriptions descriptions, Map<OidGroup, Instant> lastRead, long sysUpTime,
            boolean needs32Bit) {
    }

    public IfMibPoller(SnmpClient client, Clock clock, PollSettings settings) {
        this.client = client;
        this.clock = clock;
        this.settings = settings;
    }

    /** Fails with the client's {@code SnmpException} if the agent does not answer; the state is then kept. */
    public CompletableFuture<PollResult> poll(String name, SnmpTarget target) {
        Instant startedAt = clock.instant();
        TargetState state = states.get(name);
        Set<OidGroup> due = dueGroups(state, startedAt);
        return client.get(target, List.of(IfMib.SYS_UP_TIME, IfMib.IF_NUMBER)).thenCompose(system -> {
            long sysUpTime = system.valueOf(IfMib.SYS_UP_TIME) instanceof SnmpValue.TimeTicks t ? t.hundredths() : 0;
            long ifNumber = system.valueOf(IfMib.IF_NUMBER) instanceof SnmpValue.Integer32 n ? n.value() : -1;
            boolean changed = state != null
                    && (sysUpTime < state.sysUpTime || ifNumber != state.descriptions.ifNumber());
            boolean refresh = due.contains(OidGroup.DESCRIPTIONS) || changed;
            CompletableFuture<InterfaceDescriptions> descriptions = refresh
                    ? readDescriptions(target, sysUpTime, ifNumber)
                    : CompletableFuture.completedFuture(state.descriptions);
            boolean needs32Bit = state == null || state.needs32Bit;
            return descriptions.thenCompose(known -> client.walk(target, counterColumns(due, needs32Bit),
                    settings.maxRepetitions()).thenCompose(counters -> {
                        if (!refresh && hasUnknownIndex(counters, known)) {
                            return readDescriptions(target, sysUpTime, ifNumber)
                                    .thenApply(fresh -> finish(name, startedAt, due, sysUpTime, ifNumber, counters,
                                            fresh, true));
                        }
                        return CompletableFuture.completedFuture(
                                finish(name, startedAt, due, sysUpTime, ifNumber, counters, known, refresh));
                    }));
        });
    }

    /** Forgets a target's state (descriptions, cadences), as when it is removed or its address changed. */
    public void forget(String name) {
        states.remove(name);
    }

    private Set<OidGroup> dueGroups(TargetState state, Instant now) {
        Set<OidGroup> due = EnumSet.of(OidGroup.FAST);
        // Half a poll interval of slack: polls start on a fixed grid, give or take the scheduler's jitter.
        Duration slack = settings.interval(OidGroup.FAST).dividedBy(2);
        for (OidGroup group : List.of(OidGroup.ERRORS, OidGroup.STATUS, OidGroup.DESCRIPTIONS)) {
            Instant last = state == null ? null : state.lastRead.get(group);
            if (last == null || !now.isBefore(last.plus(settings.interval(group)).minus(slack))) {
                due.add(group);
            }
        }
        return due;
    }

    private static List<Oid> counterColumns(Set<OidGroup> due, boolean needs32Bit) {
        List<Oid> columns = new ArrayList<>(OidGroup.FAST.columns());
        if (needs32Bit) {
            columns.addAll(OidGroup.OCTETS_32);
        }
        for (OidGroup group : List.of(OidGroup.ERRORS, OidGroup.STATUS)) {
            if (due.contains(group)) {
                columns.addAll(group.columns());
            }
        }
        return columns;
    }

    private CompletableFuture<InterfaceDescriptions> readDescriptions(SnmpTarget target, long sysUpTime,
            long ifNumber) {
        return client.walk(target, OidGroup.DESCRIPTIONS.columns(), settings.maxRepetitions()).thenApply(table -> {
            TreeMap<Long, InterfaceDescription> byIndex = new TreeMap<>();
            for (TableRow row : table.rows().values()) {
                long ifIndex = row.index().last();
                long highSpeed = unsigned(row.get(IfMib.IF_HIGH_SPEED));
                long speed = highSpeed > 0 ? highSpeed * 1_000_000 : unsigned(row.get(IfMib.IF_SPEED));
                byIndex.put(ifIndex, new InterfaceDescription(ifIndex, text(row.get(IfMib.IF_NAME)),
                        text(row.get(IfMib.IF_DESCR)), text(row.get(IfMib.IF_ALIAS)), speed,
                        unsigned(row.get(IfMib.IF_COUNTER_DISCONTINUITY_TIME))));
            }
            return new InterfaceDescriptions(table.finishedAt(), sysUpTime, ifNumber, byIndex);
        });
    }

    private static boolean hasUnknownIndex(Table counters, InterfaceDescriptions known) {
        return counters.rows().values().stream().anyMatch(row -> known.get(row.index().last()) == null);
    }

    private PollResult finish(String name, Instant startedAt, Set<OidGroup> due, long sysUpTime, long ifNumber,
            Table counters, InterfaceDescriptions descriptions, boolean refreshed) {
        List<InterfaceSample> samples = new ArrayList<>(counters.rows().size());
        boolean needs32Bit = false;
        for (TableRow row : counters.rows().values()) {
            long ifIndex = row.index().last();
            InterfaceDescription description = descriptions.get(ifIndex);
            if (description != null && !settings.filter().keeps(description.name(), description.descr())) {
                continue;
            }
            Map<Counter, CounterValue> values = new EnumMap<>(Counter.class);
            needs32Bit |= !octets(row, IfMib.IF_HC_IN_OCTETS, IfMib.IF_IN_OCTETS, Counter.IN_OCTETS, values);
            octets(row, IfMib.IF_HC_OUT_OCTETS, IfMib.IF_OUT_OCTETS, Counter.OUT_OCTETS, values);
            counter32(row, IfMib.IF_IN_ERRORS, Counter.IN_ERRORS, values);
            counter32(row, IfMib.IF_OUT_ERRORS, Counter.OUT_ERRORS, values);
            counter32(row, IfMib.IF_IN_DISCARDS, Counter.IN_DISCARDS, values);
            counter32(row, IfMib.IF_OUT_DISCARDS, Counter.OUT_DISCARDS, values);
            OperStatus status = row.get(IfMib.IF_OPER_STATUS) instanceof SnmpValue.Integer32 s
                    ? OperStatus.of(s.value()) : null;
            samples.add(new InterfaceSample(ifIndex, values, status, row.receivedAt()));
        }
        // An interface with descriptions but no HC row (one added since, without 64-bit counters) needs the
        // 32-bit columns from the next poll on.
        for (InterfaceDescription description : descriptions.byIndex().values()) {
            needs32Bit |= !counters.rows().containsKey(Oid.of((int) description.ifIndex()))
                    && settings.filter().keeps(description.name(), description.descr());
        }
        Map<OidGroup, Instant> lastRead = new HashMap<>();
        TargetState previous = states.get(name);
        if (previous != null) {
            lastRead.putAll(previous.lastRead);
        }
        for (OidGroup group : due) {
            lastRead.put(group, startedAt);
        }
        if (refreshed) {
            lastRead.put(OidGroup.DESCRIPTIONS, startedAt);
        }
        states.put(name, new TargetState(descriptions, Map.copyOf(lastRead), sysUpTime, needs32Bit));
        Set<OidGroup> groups = EnumSet.copyOf(due);
        if (refreshed) {
            groups.add(OidGroup.DESCRIPTIONS);
        } else {
            groups.remove(OidGroup.DESCRIPTIONS);
        }
        return new PollResult(name, startedAt, counters.finishedAt(), sysUpTime, ifNumber, groups, samples,
                descriptions, refreshed);
    }

    /** Takes the HC counter if the row has one, else the 32-bit one; returns whether the HC one was there. */
    private static boolean octets(TableRow row, Oid hc, Oid low, Counter counter, Map<Counter, CounterValue> into) {
        if (row.get(hc) instanceof SnmpValue.Counter64 c) {
            into.put(counter, new CounterValue(c.value(), CounterWidth.BITS_64));
            return true;
        }
        counter32(row, low, counter, into);
        return false;
    }

    private static void counter32(TableRow row, Oid column, Counter counter, Map<Counter, CounterValue> into) {
        if (row.get(column) instanceof SnmpValue.Counter32 c) {
            into.put(counter, new CounterValue(c.value(), CounterWidth.BITS_32));
        }
    }

    private static String text(SnmpValue value) {
        return value instanceof SnmpValue.OctetString s ? s.text() : "";
    }

    private static long unsigned(SnmpValue value) {
        if (value instanceof SnmpValue.Gauge32 g) {
            return g.value();
        }
        if (value instanceof SnmpValue.TimeTicks t) {
            return t.hundredths();
        }
        if (value instanceof SnmpValue.Counter32 c) {
            return c.value();
        }
        return value instanceof SnmpValue.Integer32 i ? Math.max(0, i.value()) : 0;
    }
}
