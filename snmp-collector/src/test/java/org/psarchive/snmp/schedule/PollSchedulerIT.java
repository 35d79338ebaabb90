package org.psarchive.snmp.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.psarchive.snmp.agent.Await;
import org.psarchive.snmp.agent.IfMibAgent;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.snmp4j.Snmp4jClient;
import org.psarchive.snmp.poll.IfMibPoller;
import org.psarchive.snmp.poll.PollSettings;

/** The scheduler, the poller and the client together, against two agents of which one is slow. */
class PollSchedulerIT {

    @Test
    void aSlowTargetNeverDelaysAnother() {
        Duration interval = Duration.ofMillis(300);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (IfMibAgent fast = new IfMibAgent(); IfMibAgent slow = new IfMibAgent();
                Snmp4jClient client = new Snmp4jClient(1, Clock.systemUTC())) {
            fast.addInterface(1, "xe-0/0/0", 10_000);
            slow.addInterface(1, "xe-0/0/0", 10_000);
            slow.setDelay(Duration.ofMillis(500)); // a poll is a GET and a walk: 1 s, over three intervals
            Map<String, SnmpTarget> targets = Map.of(
                    "fast", new SnmpTarget("127.0.0.1", fast.port(), Duration.ofSeconds(2), 0, new Community("public")),
                    "slow", new SnmpTarget("127.0.0.1", slow.port(), Duration.ofSeconds(2), 0, new Community("public")));
            IfMibPoller poller = new IfMibPoller(client, Clock.systemUTC(), PollSettings.defaults(interval));
            try (PollScheduler scheduler = new PollScheduler(executor, Clock.systemUTC(), 4,
                    name -> poller.poll(name, targets.get(name)))) {
                scheduler.schedule(new ScheduledTarget("fast", interval));
                scheduler.schedule(new ScheduledTarget("slow", interval));

                Await.until(() -> scheduler.statistics("fast").succeeded() >= 8, Duration.ofSeconds(15),
                        () -> scheduler.total().toString());

                PollStatistics fastStats = scheduler.statistics("fast");
                PollStatistics slowStats = scheduler.statistics("slow");
                assertEquals(0, fastStats.missed(), "fast: " + fastStats + ", slow: " + slowStats);
                assertEquals(0, fastStats.late(), fastStats.toString());
                assertEquals(0, fastStats.failed(), fastStats.toString());
                assertTrue(slowStats.missed() >= 2, "slow: " + slowStats);
                assertTrue(slowStats.started() <= 3, "slow: " + slowStats);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
