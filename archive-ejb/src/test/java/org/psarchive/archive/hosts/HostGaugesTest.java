package org.psarchive.archive.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which agents get a gauge when there are more than the cap. */
class HostGaugesTest {

    @Test
    void keepsTheAgentsWithTheNewestLastResults() {
        Map<String, Long> known = Map.of("a", 100L, "b", 300L, "c", 200L, "d", 300L);

        assertEquals(Map.of("b", 300L, "d", 300L), HostGauges.newest(known, 2));
        assertEquals(Map.of("b", 300L, "d", 300L, "c", 200L), HostGauges.newest(known, 3));
        assertEquals(known, HostGauges.newest(known, 1_000));
        assertEquals(Map.of("b", 300L), HostGauges.newest(known, 1), "ties by name");
    }
}
