package org.psarchive.snmp.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.psarchive.snmp.agent.SnmpdNamespace;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.snmp4j.Snmp4jClient;
import org.psarchive.snmp.poll.Counter;
import org.psarchive.snmp.poll.IfMibPoller;
import org.psarchive.snmp.poll.InterfaceDescription;
import org.psarchive.snmp.poll.InterfaceFilter;
import org.psarchive.snmp.poll.InterfaceSample;
import org.psarchive.snmp.poll.OidGroup;
import org.psarchive.snmp.poll.PollResult;
import org.psarchive.snmp.poll.PollSettings;

/** A real snmpd with a thousand veth interfaces in a namespace, polled end to end by the poller. */
class NamespaceScaleIT {

    private static final int VETH_ENDS = 1_000;
    /** The veth ends, lo, and the uplink to the host. */
    private static final int INTERFACES = VETH_ENDS + 2;

    @Test
    void aPollOfAThousandInterfacesReadsEveryCounterOfEachOnce() throws Exception {
        try (SnmpdNamespace namespace = new SnmpdNamespace("psscale-ns1k", VETH_ENDS, 212, 16161);
                Snmp4jClient client = new Snmp4jClient(2, Clock.systemUTC())) {
            SnmpTarget target = new SnmpTarget(namespace.host(), namespace.port(), Duration.ofSeconds(5), 1,
                    new Community("public"));
            Duration interval = Duration.ofSeconds(30);
            // Errors every poll (due after half an interval of slack), so each poll reads all six columns.
            PollSettings settings = new PollSettings(Map.of(OidGroup.FAST, interval, OidGroup.ERRORS,
                    Duration.ofSeconds(1), OidGroup.STATUS, interval, OidGroup.DESCRIPTIONS, Duration.ofHours(1)),
                    25, InterfaceFilter.ALL);
            IfMibPoller poller = new IfMibPoller(client, Clock.systemUTC(), settings);

            PollResult first = poller.poll("big", target).get(60, TimeUnit.SECONDS);
            PollResult second = poller.poll("big", target).get(60, TimeUnit.SECONDS);

            assertEquals(INTERFACES, first.ifNumber());
            assertEquals(INTERFACES, first.descriptions().byIndex().size());
            Set<String> names = new TreeSet<>();
            first.descriptions().byIndex().values().stream().map(InterfaceDescription::name).forEach(names::add);
            for (int i = 0; i < VETH_ENDS / 2; i++) {
                assertTrue(names.contains("v" + i) && names.contains("p" + i), "v" + i + " or p" + i + " missing");
            }
            assertTrue(names.contains("lo") && names.contains("uplink"), names.toString());
            assertTrue(first.descriptionsRefreshed());
            assertTrue(!second.descriptionsRefreshed(), "descriptions are not read again when nothing changed");
            for (PollResult result : new PollResult[] {first, second}) {
                assertEquals(INTERFACES, result.interfaces().size());
                assertEquals(INTERFACES, result.interfaces().stream().mapToLong(InterfaceSample::ifIndex).distinct()
                        .count());
                for (InterfaceSample sample : result.interfaces()) {
                    assertEquals(EnumSet.allOf(Counter.class), sample.counters().keySet(),
                            "ifIndex " + sample.ifIndex());
                }
            }
        }
    }
}
