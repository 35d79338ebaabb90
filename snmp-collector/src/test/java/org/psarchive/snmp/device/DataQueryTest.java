package org.psarchive.snmp.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class DataQueryTest {

    private static final long NOW = 1_767_225_600L;
    private static final long DAY = 86400;

    @Test
    void defaultsToTheLastHourOfBaseRatesAveraged() {
        assertEquals(new DataQuery(NOW - 3600, NOW, 30, Consolidation.AVERAGE), DataQuery.parse(null, null, null, null, 30, NOW));
    }

    @Test
    void cutsDecimalsOfBeginAndEndAsEsmondDoes() {
        DataQuery query = DataQuery.parse("1000.9", "2000.2", null, null, 30, NOW);
        assertEquals(1000, query.begin());
        assertEquals(2000, query.end());
    }

    @Test
    void acceptsThePollIntervalAndTheStoredWindowsAsAgg() {
        assertTrue(DataQuery.parse(null, null, "30", "max", 30, NOW).base(30));
        assertEquals(3600, DataQuery.parse(null, null, "3600", "min", 30, NOW).agg());
        assertEquals(86400, DataQuery.parse(null, null, "86400", "raw", 300, NOW).agg());
    }

    @Test
    void rejectsAnAggThatIsNeitherThePollIntervalNorAStoredWindow() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DataQuery.parse(null, null, "300", null, 30, NOW));
        assertTrue(e.getMessage().contains("no aggregation 300"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> DataQuery.parse(null, null, "0", null, 30, NOW));
        assertThrows(InvalidInputException.class, () -> DataQuery.parse(null, null, "hourly", null, 30, NOW));
    }

    @Test
    void rejectsAnUnknownConsolidationFunction() {
        assertThrows(InvalidInputException.class, () -> DataQuery.parse(null, null, "3600", "median", 30, NOW));
        assertThrows(InvalidInputException.class, () -> DataQuery.parse(null, null, null, "AVERAGE", 30, NOW));
    }

    @Test
    void rejectsBadBeginAndEnd() {
        assertThrows(InvalidInputException.class, () -> DataQuery.parse("yesterday", null, null, null, 30, NOW));
        assertThrows(InvalidInputException.class, () -> DataQuery.parse("-5", null, null, null, 30, NOW));
        assertThrows(InvalidInputException.class, () -> DataQuery.parse("NaN", null, null, null, 30, NOW));
        assertThrows(InvalidInputException.class, () -> DataQuery.parse("2000", "1000", null, null, 30, NOW));
    }

    @Test
    void capsAnonymousRangesByAggregation() {
        DataQuery.parse(String.valueOf(NOW - 30 * DAY), null, null, null, 30, NOW);
        assertThrows(InvalidInputException.class, () -> DataQuery.parse(String.valueOf(NOW - 30 * DAY - 1), null, null, null, 30, NOW));
        DataQuery.parse(String.valueOf(NOW - 365 * DAY), null, "3600", null, 30, NOW);
        assertThrows(InvalidInputException.class, () -> DataQuery.parse(String.valueOf(NOW - 365 * DAY - 1), null, "3600", null, 30, NOW));
        DataQuery.parse(String.valueOf(NOW - 3650 * DAY), null, "86400", null, 30, NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DataQuery.parse(String.valueOf(NOW - 3650 * DAY - 1), null, "86400", null, 30, NOW));
        assertTrue(e.getMessage().contains("exceeded valid timerange"), e.getMessage());
    }
}
