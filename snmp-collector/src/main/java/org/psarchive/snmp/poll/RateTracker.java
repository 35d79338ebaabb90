package org.psarchive.snmp.poll;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.psarchive.snmp.rate.CounterReading;
import org.psarchive.snmp.rate.RateCalculator;

/**
 * Turns a target's successive {@link PollResult}s into rates: keeps the last reading of each counter of
 * each interface and hands pairs to {@link RateCalculator}, whose gap limit is the counter's own group
 * interval (errors are read every 300 s, octets every poll). One tracker per target; a failed poll simply
 * does not call {@link #update}, so the next interval is measured across it and becomes a gap if too long.
 */
public final class RateTracker {

    private record Key(long ifIndex, Counter counter) {
    }

    private final Map<Counter, RateCalculator> calculators = new EnumMap<>(Counter.class);
    private final Map<Key, CounterReading> previous = new HashMap<>();

    public RateTracker(PollSettings settings) {
        RateCalculator octets = new RateCalculator(settings.interval(OidGroup.FAST));
        RateCalculator errors = new RateCalculator(settings.interval(OidGroup.ERRORS));
        for (Counter counter : Counter.values()) {
            boolean octetCounter = counter == Counter.IN_OCTETS || counter == Counter.OUT_OCTETS;
            calculators.put(counter, octetCounter ? octets : errors);
        }
    }

    /** The rate of every counter this result holds; interfaces no longer present are forgotten. */
    public synchronized List<InterfaceRate> update(PollResult result) {
        List<InterfaceRate> rates = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        for (InterfaceSample sample : result.interfaces()) {
            present.add(sample.ifIndex());
            InterfaceDescription description = result.descriptions().get(sample.ifIndex());
            String name = description == null ? "" : description.name();
            long speed = description == null ? 0 : description.speedBitsPerSecond();
            long discontinuity = description == null ? 0 : description.discontinuityTime();
            sample.counters().forEach((counter, value) -> {
                CounterReading reading = new CounterReading(value.value(), value.width(), sample.receivedAt(),
                        result.sysUpTime(), discontinuity, name, speed);
                Key key = new Key(sample.ifIndex(), counter);
                rates.add(new InterfaceRate(sample.ifIndex(), name, counter,
                        calculators.get(counter).rate(previous.get(key), reading)));
                previous.put(key, reading);
            });
        }
        previous.keySet().removeIf(key -> !present.contains(key.ifIndex()));
        return rates;
    }
}
