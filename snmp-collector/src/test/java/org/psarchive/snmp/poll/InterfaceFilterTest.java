package org.psarchive.snmp.poll;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class InterfaceFilterTest {

    @Test
    void keepsEverythingWithoutGlobs() {
        assertTrue(InterfaceFilter.ALL.keeps("anything", ""));
    }

    @Test
    void includesByNameOrDescription() {
        InterfaceFilter filter = new InterfaceFilter(List.of("xe-*", "*uplink*"), List.of());

        assertTrue(filter.keeps("xe-0/0/0", ""));
        assertTrue(filter.keeps("ge-1/0/0", "campus uplink 1"));
        assertFalse(filter.keeps("ge-1/0/0", "access port"));
    }

    @Test
    void anExcludeWinsOverAnInclude() {
        InterfaceFilter filter = new InterfaceFilter(List.of("xe-*"), List.of("*.32767", "xe-0/0/?"));

        assertTrue(filter.keeps("xe-0/0/10", ""));
        assertFalse(filter.keeps("xe-0/0/1", ""));
        assertFalse(filter.keeps("xe-1/0/0.32767", ""));
    }

    @Test
    void globCharactersOtherThanStarAndQuestionMarkAreLiteral() {
        InterfaceFilter filter = new InterfaceFilter(List.of("Gi1/0.[1]+"), List.of());

        assertTrue(filter.keeps("Gi1/0.[1]+", ""));
        assertFalse(filter.keeps("Gi1/0.1", ""));
    }
}
