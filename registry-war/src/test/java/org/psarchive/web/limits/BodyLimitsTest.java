package org.psarchive.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(16 << 20, 256 << 10, 1 << 20, Duration.ofSeconds(30), 1 << 28);

    @ParameterizedTest
    @CsvSource({
        "/esmond/perfsonar/archive/, PSARCHIVE_BODY_MAX_ARCHIVE, 16777216",
        "/esmond/perfsonar/archive/0123/, PSARCHIVE_BODY_MAX_ARCHIVE, 16777216",
        "/api/archive/pscheduler, PSARCHIVE_BODY_MAX_ARCHIVE, 16777216",
        "/lookup/records, PSARCHIVE_BODY_MAX_LOOKUP, 262144",
        "/lookup, PSARCHIVE_BODY_MAX_LOOKUP, 262144",
        "/api/admin/accounts, PSARCHIVE_BODY_MAX_API, 1048576",
        "/api/registry/sites, PSARCHIVE_BODY_MAX_API, 1048576",
        "/lookupx, PSARCHIVE_BODY_MAX_API, 1048576",
        "/esmondx/, PSARCHIVE_BODY_MAX_API, 1048576"})
    void givesEachRouteFamilyItsOwnLimit(String path, String setting, long limit) {
        BodyLimits.Family family = limits.familyOf(path);
        assertEquals(setting, family.setting());
        assertEquals(limit, family.limit());
        assertTrue(family.tooLarge().contains(setting), family.tooLarge());
    }

    @ParameterizedTest
    @CsvSource({"1048576, 1048576", "256k, 262144", "16m, 16777216", "16M, 16777216", "2g, 2147483648", "64kb, 65536",
        " 8 , 8"})
    void readsSizesWithBinaryUnits(String text, long bytes) {
        assertEquals(bytes, ByteSize.parse("PSARCHIVE_BODY_MAX_API", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "lots", "16q", "k", "99999999999999999999", "9999999999999g"})
    void refusesSizesThatAreNotPositiveNumbersNamingTheSetting(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ByteSize.parse("PSARCHIVE_BODY_MAX_API", text));
        assertTrue(refused.getMessage().startsWith("PSARCHIVE_BODY_MAX_API must be a positive size"), refused.getMessage());
    }

    @Test
    void describesLimitsInTheUnitTheyWereGivenIn() {
        assertEquals("16 MiB", ByteSize.describe(16 << 20));
        assertEquals("256 KiB", ByteSize.describe(256 << 10));
        assertEquals("1000 bytes", ByteSize.describe(1000));
    }

    @Test
    void refusesANonPositiveReadTimeout() {
        assertThrows(IllegalArgumentException.class,
                () -> new BodyLimits(1, 1, 1, Duration.ZERO, 1));
    }

    @Test
    void budgetGivesOutNoMoreThanItHasAndTakesBackWhatIsReleased() {
        BodyBudget budget = new BodyBudget(100);
        assertTrue(budget.reserve(60));
        assertFalse(budget.reserve(41), "only 40 left");
        assertTrue(budget.reserve(40));
        assertFalse(budget.reserve(1));
        budget.release(60);
        assertEquals(60, budget.free());
        assertTrue(budget.reserve(60));
    }
}
