package org.psarchive.snmp.client.snmp4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psarchive.snmp.agent.IfMibAgent;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.Oid;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.SnmpValue;
import org.psarchive.snmp.client.Table;
import org.psarchive.snmp.client.TableRow;
import org.psarchive.snmp.mib.IfMib;

/** The side-by-side GETBULK walk over more rows than one request carries, with columns of unequal length. */
class WalkIT {

    private IfMibAgent agent;
    private Snmp4jClient client;
    private SnmpTarget target;

    @BeforeEach
    void start() {
        agent = new IfMibAgent();
        for (int ifIndex = 1; ifIndex <= 60; ifIndex++) {
            agent.addInterface(ifIndex, "if" + ifIndex, 1_000);
            agent.setHcCounters(ifIndex, 1_000L * ifIndex, 0);
            if (ifIndex % 2 == 1) {
                agent.removeHcCounters(ifIndex); // every other interface without 64-bit counters
            }
        }
        client = new Snmp4jClient(1, Clock.systemUTC());
        target = new SnmpTarget("127.0.0.1", agent.port(), Duration.ofSeconds(1), 1, new Community("public"));
    }

    @AfterEach
    void stop() {
        client.close();
        agent.close();
    }

    private Table walk(List<Oid> columns, int maxRepetitions) throws Exception {
        return client.walk(target, columns, maxRepetitions).get(10, TimeUnit.SECONDS);
    }

    @Test
    void walksColumnsOfUnequalLengthSideBySide() throws Exception {
        Table table = walk(List.of(IfMib.IF_NAME, IfMib.IF_HC_IN_OCTETS, IfMib.IF_IN_ERRORS), 7);

        assertEquals(60, table.rows().size());
        assertEquals(60 + 30 + 60, table.cells());
        // 7 rows per column and request: the 60 names need 9 requests; the 30 HC cells leave after 5.
        assertEquals(9, table.requests());
        for (TableRow row : table.rows().values()) {
            long ifIndex = row.index().last();
            assertEquals("if" + ifIndex, ((SnmpValue.OctetString) row.get(IfMib.IF_NAME)).text());
            if (ifIndex % 2 == 0) {
                assertEquals(1_000L * ifIndex, ((SnmpValue.Counter64) row.get(IfMib.IF_HC_IN_OCTETS)).value());
            } else {
                assertTrue(!row.has(IfMib.IF_HC_IN_OCTETS), "no HC cell for " + ifIndex);
            }
        }
    }

    @Test
    void aColumnWithoutInstancesYieldsNoCellsAndDoesNotHoldUpTheOthers() throws Exception {
        Oid hcInUcastPkts = Oid.parse("1.3.6.1.2.1.31.1.1.1.7"); // not served by this agent

        Table table = walk(List.of(hcInUcastPkts, IfMib.IF_NAME), 25);

        assertEquals(60, table.rows().size());
        assertTrue(table.rows().values().stream().noneMatch(row -> row.has(hcInUcastPkts)));
    }

    @Test
    void aWalkPastTheEndOfTheMibViewEnds() throws Exception {
        Table table = walk(List.of(IfMib.IF_COUNTER_DISCONTINUITY_TIME, Oid.parse("1.3.6.1.2.1.99")), 50);

        assertEquals(60, table.rows().size());
        assertInstanceOf(SnmpValue.TimeTicks.class,
                table.rows().get(Oid.of(60)).get(IfMib.IF_COUNTER_DISCONTINUITY_TIME));
    }

    @Test
    void oneRowPerRequestStillWalksEverything() throws Exception {
        Table table = walk(List.of(IfMib.IF_NAME), 1);

        assertEquals(60, table.rows().size());
        assertEquals(61, table.requests()); // the last answer is the first OID past the column
    }
}
