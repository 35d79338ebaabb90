package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psarchive.archive.eventtype.SummaryType.AGGREGATION;
import static org.psarchive.archive.eventtype.SummaryType.AVERAGE;
import static org.psarchive.archive.eventtype.SummaryType.BASE;
import static org.psarchive.archive.eventtype.SummaryType.STATISTICS;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DataTypeTest {

    @Test
    void allowsEsmondsSummariesPerDataType() {
        assertEquals(Set.of(AGGREGATION, AVERAGE), DataType.INTEGER.allowedSummaries());
        assertEquals(Set.of(AGGREGATION, AVERAGE), DataType.FLOAT.allowedSummaries());
        assertEquals(Set.of(AGGREGATION), DataType.PERCENTAGE.allowedSummaries());
        assertEquals(Set.of(AGGREGATION, STATISTICS), DataType.HISTOGRAM.allowedSummaries());
        assertEquals(Set.of(), DataType.SUBINTERVAL.allowedSummaries());
        assertEquals(Set.of(), DataType.JSON.allowedSummaries());
    }

    @Test
    void alwaysAllowsBaseWithoutListingIt() {
        for (DataType type : DataType.values()) {
            assertTrue(type.allows(BASE), type.name());
            assertFalse(type.allowedSummaries().contains(BASE), type.name());
        }
        assertFalse(DataType.PERCENTAGE.allows(AVERAGE));
        assertFalse(DataType.JSON.allows(AGGREGATION));
        assertTrue(DataType.HISTOGRAM.allows(STATISTICS));
    }

    @Test
    void allowedSummariesCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> DataType.INTEGER.allowedSummaries().add(STATISTICS));
    }

    @Test
    void usesEsmondsLowercaseNames() {
        assertEquals("integer", DataType.INTEGER.wireName());
        assertEquals("subinterval", DataType.SUBINTERVAL.wireName());
        assertEquals("json", DataType.JSON.wireName());
    }
}
