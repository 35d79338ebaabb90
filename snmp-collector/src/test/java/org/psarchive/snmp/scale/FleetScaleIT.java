package org.psarchive.snmp.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.psarchive.snmp.agent.Await;
import org.psarchive.snmp.agent.SnmpdFleet;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.snmp4j.Snmp4jClient;
import org.psarchive.snmp.poll.IfMibPoller;
import org.psarchive.snmp.poll.PollSettings;
import org.psarchive.snmp.schedule.PollScheduler;
import org.psarchive.snmp.schedule.PollStatistics;
import org.psarchive.snmp.schedule.ScheduledTarget;

/** 125 targets on one snmpd (one process answering 125 UDP ports, one request at a time) polled on time. */
class FleetScaleIT {

    private static final int TARGETS = 125;
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final int POLLS = 3;

    @Test
    void everyTargetOfAFleetOnOneAgentIsPolledOnItsScheduleWithNoneMissed() {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
        try (SnmpdFleet fleet = new SnmpdFleet("psscale-fleet", TARGETS);
                Snmp4jClient client = new Snmp4jClient(2, Clock.systemUTC())) {
            Map<String, SnmpTarget> targets = new ConcurrentHashMap<>();
            for (int port : fleet.ports()) {
                targets.put("t" + port, new SnmpTarget("127.0.0.1", port, Duration.ofSeconds(2), 1,
                        new Community("public")));
            }
            IfMibPoller poller = new IfMibPoller(client, Clock.systemUTC(), PollSettings.defaults(INTERVAL));
            try (PollScheduler scheduler = new PollScheduler(executor, Clock.systemUTC(), 64,
                    name -> poller.poll(name, targets.get(name)))) {
                targets.keySet().forEach(name -> scheduler.schedule(new ScheduledTarget(name, INTERVAL)));

                // The first slots fall within one interval (phases spread over it), then every INTERVAL.
                Await.until(() -> targets.keySet().stream()
                        .allMatch(name -> scheduler.statistics(name).succeeded() >= POLLS),
                        INTERVAL.multipliedBy(POLLS + 3), () -> scheduler.total().toString());

                List<String> wrong = new ArrayList<>();
                for (String name : targets.keySet()) {
                    PollStatistics stats = scheduler.statistics(name);
                    if (stats.late() != 0 || stats.missed() != 0 || stats.failed() != 0) {
                        wrong.add(name + " " + stats);
                    }
                }
                assertTrue(wrong.isEmpty(), "late, missed or failed: " + wrong);
                assertEquals(TARGETS, targets.size());
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
