package org.psarchive.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class RetentionPolicyTest {

    private static final List<RetentionPolicy> DEFAULTS = List.of(
            new RetentionPolicy("*", "*", -1, 365),
            new RetentionPolicy("*", "aggregation", 86400, 1825),
            new RetentionPolicy("histogram-owdelay", "base", 0, 180),
            new RetentionPolicy("histogram-owdelay", "*", -1, 90));

    private static int keepDays(String eventType, String summaryType, long window) {
        return DEFAULTS.stream().sorted(RetentionPolicy.MOST_SPECIFIC_FIRST)
                .filter(p -> p.matches(eventType, summaryType, window)).findFirst().orElseThrow().keepDays();
    }

    @Test
    void theMostSpecificMatchingPolicyDecides() {
        assertEquals(180, keepDays("histogram-owdelay", "base", 0));
        assertEquals(90, keepDays("histogram-owdelay", "aggregation", 86400), "an exact event type beats a summary type");
        assertEquals(1825, keepDays("packet-loss-rate", "aggregation", 86400));
        assertEquals(365, keepDays("packet-loss-rate", "aggregation", 3600));
        assertEquals(365, keepDays("throughput", "base", 0));
    }

    @Test
    void matchesWildcardsOnly() {
        RetentionPolicy policy = new RetentionPolicy("*", "aggregation", 86400, 1825);
        assertTrue(policy.matches("throughput", "aggregation", 86400));
        assertFalse(policy.matches("throughput", "average", 86400));
        assertFalse(policy.matches("throughput", "aggregation", 3600));
    }

    @Test
    void refusesNonsense() {
        assertThrows(InvalidInputException.class, () -> new RetentionPolicy("no-such-type", "*", -1, 10));
        assertThrows(InvalidInputException.class, () -> new RetentionPolicy("*", "median", -1, 10));
        assertThrows(InvalidInputException.class, () -> new RetentionPolicy("*", "*", -2, 10));
        assertThrows(InvalidInputException.class, () -> new RetentionPolicy("*", "*", -1, 0));
        assertThrows(InvalidInputException.class, () -> new RetentionPolicy("*", "*", -1, 40_000));
    }
}
