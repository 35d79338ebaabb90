package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeasePolicyTest {

    private final LeasePolicy shipped = new LeasePolicy(Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofDays(30));

    @ParameterizedTest
    @CsvSource({
        "PT1H, 3600", "PT120M, 7200", "P1D, 86400", "P1W, 604800", "pt30s, 30", "P30D, 2592000",
        "PT0S, 7200", "PT29S, 7200", "P31D, 7200", "PT0.5S, 7200", "'', 7200"})
    void grantsTheAskedLeaseWithinBoundsAndTheDefaultOtherwise(String ttl, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), shipped.leaseFor(Optional.of(ttl)));
    }

    @Test
    void grantsTheDefaultWithoutATtl() {
        assertEquals(Duration.ofHours(2), shipped.leaseFor(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({"soon", "7200", "P1M", "P1Y", "-PT1H", "PT", "1H"})
    void refusesTtlsThatAreNotDurations(String ttl) {
        LeaseRefusedException refused = assertThrows(LeaseRefusedException.class, () -> shipped.leaseFor(Optional.of(ttl)));
        assertEquals(403, refused.status());
    }
}
