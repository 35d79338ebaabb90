package org.psarchive.snmp.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.CRC32;

/**
 * Where in its interval a target is polled: an offset from the epoch-aligned grid taken from a hash of the
 * target's name, so targets spread evenly over the interval and a restart keeps each one's phase (its
 * series keep their spacing). CRC-32 rather than {@code String.hashCode}, whose low bits spread poorly over
 * names such as {@code router-1 ... router-9}.
 */
final class Phase {

    private Phase() {
    }

    static long offsetMillis(String name, Duration interval) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % interval.toMillis();
    }

    /** The first slot of this target strictly after {@code now}. */
    static Instant nextSlot(String name, Duration interval, Instant now) {
        long period = interval.toMillis();
        long offset = offsetMillis(name, interval);
        long nowMillis = now.toEpochMilli();
        long last = nowMillis - Math.floorMod(nowMillis - offset, period);
        return Instant.ofEpochMilli(last + period);
    }
}
