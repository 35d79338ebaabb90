package org.psarchive.snmp.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NodeIdTest {

    @Test
    void takesTheConfiguredIdAsGiven() {
        assertEquals(new NodeId("archive-1"), NodeId.of(Optional.of(" archive-1 "), "host", new Random(1)));
    }

    @Test
    void withoutAConfiguredIdNamesTheHostWithASuffixThatDiffersAtEachStart() {
        NodeId first = NodeId.of(Optional.empty(), "Psarchive.Example.org", new Random(1));
        NodeId second = NodeId.of(Optional.of(""), "Psarchive.Example.org", new Random(2));

        assertTrue(first.value().matches("psarchive\\.example\\.org-[0-9a-f]{6}"), first.value());
        assertNotEquals(first, second);
    }

    @Test
    void aLongHostNameIsCutSoTheIdFits() {
        NodeId id = NodeId.generated("h".repeat(300), new Random(1));

        assertEquals(NodeId.MAX_LENGTH, id.value().length());
    }

    @Test
    void anUnknownHostNameBecomesNode() {
        assertTrue(NodeId.generated(" ", new Random(1)).value().startsWith("node-"));
    }

    @Test
    void refusesSpacesAndOverlongIds() {
        assertThrows(IllegalArgumentException.class, () -> new NodeId("a b"));
        assertThrows(IllegalArgumentException.class, () -> new NodeId("x".repeat(129)));
        assertThrows(IllegalArgumentException.class, () -> new NodeId(""));
    }

    @Test
    void aLeaseRunsThreeReloadsByDefaultAndAtLeastTwo() {
        assertEquals(Duration.ofSeconds(90), LeaseTerms.of(30, null).duration());
        assertEquals(Duration.ofSeconds(60), LeaseTerms.of(30, 60L).duration());
        assertThrows(IllegalArgumentException.class, () -> LeaseTerms.of(30, 59L));
    }

    @Test
    void aLeaseHoldsUntilItsExpiryExcluded() {
        java.time.Instant expires = java.time.Instant.parse("2030-01-01T00:01:30Z");
        Lease lease = new Lease("r1", new NodeId("n1"), expires.minusSeconds(90), expires);

        assertTrue(lease.heldAt(expires.minusMillis(1)));
        assertTrue(!lease.heldAt(expires));
    }
}
