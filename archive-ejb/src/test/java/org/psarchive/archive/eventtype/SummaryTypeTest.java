package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryTypeTest {

    @Test
    void usesEsmondsJsonNames() {
        assertEquals("base", SummaryType.BASE.wireName());
        assertEquals("aggregation", SummaryType.AGGREGATION.wireName());
        assertEquals("average", SummaryType.AVERAGE.wireName());
        assertEquals("statistics", SummaryType.STATISTICS.wireName());
    }

    @Test
    void usesEsmondsUrlPlurals() {
        assertEquals("base", SummaryType.BASE.plural());
        assertEquals("aggregations", SummaryType.AGGREGATION.plural());
        assertEquals("averages", SummaryType.AVERAGE.plural());
        assertEquals("statistics", SummaryType.STATISTICS.plural());
    }

    @Test
    void findsEveryTypeByBothNames() {
        for (SummaryType type : SummaryType.values()) {
            assertEquals(Optional.of(type), SummaryType.fromWireName(type.wireName()));
            assertEquals(Optional.of(type), SummaryType.fromPlural(type.plural()));
        }
    }

    @Test
    void doesNotMixSingularAndPluralOrIgnoreCase() {
        assertTrue(SummaryType.fromWireName("averages").isEmpty());
        assertTrue(SummaryType.fromPlural("average").isEmpty());
        assertTrue(SummaryType.fromWireName("Average").isEmpty());
        assertTrue(SummaryType.fromPlural("aggregation").isEmpty());
        assertTrue(SummaryType.fromWireName(null).isEmpty());
        assertTrue(SummaryType.fromPlural(null).isEmpty());
    }
}
