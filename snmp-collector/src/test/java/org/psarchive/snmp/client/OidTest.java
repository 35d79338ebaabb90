package org.psarchive.snmp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class OidTest {

    @Test
    void parsesDottedTextWithOrWithoutALeadingDot() {
        assertEquals(Oid.of(1, 3, 6, 1, 2, 1, 1, 3, 0), Oid.parse(".1.3.6.1.2.1.1.3.0"));
        assertEquals("1.3.6.1.2.1.1.3.0", Oid.parse("1.3.6.1.2.1.1.3.0").toString());
    }

    @Test
    void keepsSubIdentifiersAboveTwoToThe31AsUnsigned() {
        Oid big = Oid.parse("1.3.4294967295");

        assertEquals("1.3.4294967295", big.toString());
        assertEquals(4_294_967_295L, big.last());
        assertTrue(Oid.parse("1.3.2147483648").compareTo(Oid.parse("1.3.2147483647")) > 0);
    }

    @Test
    void refusesWhatIsNotAnOid() {
        for (String bad : List.of("", ".", "1..3", "1.3.a", "1.-3", "1.3.4294967296", "1.+3")) {
            assertThrows(IllegalArgumentException.class, () -> Oid.parse(bad), bad);
        }
    }

    @Test
    void ordersAsAgentsWalk() {
        TreeSet<Oid> sorted = new TreeSet<>(List.of(Oid.parse("1.3.6.1.2.1.2.2.1.10"),
                Oid.parse("1.3.6.1.2.1.2.2.1.2.1"), Oid.parse("1.3.6.1.2.1.2.2.1.2"),
                Oid.parse("1.3.6.1.2.1.2.2.1.2.10"), Oid.parse("1.3.6.1.2.1.2.2.1.2.9")));

        assertEquals(List.of("1.3.6.1.2.1.2.2.1.2", "1.3.6.1.2.1.2.2.1.2.1", "1.3.6.1.2.1.2.2.1.2.9",
                "1.3.6.1.2.1.2.2.1.2.10", "1.3.6.1.2.1.2.2.1.10"), sorted.stream().map(Oid::toString).toList());
    }

    @Test
    void aRowIndexIsWhatFollowsItsColumn() {
        Oid column = Oid.parse("1.3.6.1.2.1.31.1.1.1.6");
        Oid cell = column.append(42);

        assertTrue(cell.startsWith(column));
        assertFalse(column.startsWith(cell));
        assertEquals(Oid.of(42), cell.suffixAfter(column));
        assertThrows(IllegalArgumentException.class, () -> column.suffixAfter(column));
        assertFalse(Oid.parse("1.3.6.1.2.1.31.1.1.1.60.1").startsWith(column));
    }
}
