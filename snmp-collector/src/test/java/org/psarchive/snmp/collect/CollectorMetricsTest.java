package org.psarchive.snmp.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.psarchive.snmp.schedule.PollStatistics;

/** The poll counters grow by what the scheduler counted since the last look, never backwards. */
class CollectorMetricsTest {

    @Test
    void countsOnlyWhatTheSchedulerAddedSinceTheLastLook() {
        PollStatistics before = new PollStatistics(10, 7, 3, 1, 2);
        PollStatistics after = new PollStatistics(13, 9, 4, 1, 5);

        assertEquals(new PollStatistics(3, 2, 1, 0, 3), CollectorMetrics.increase(before, after));
    }

    @Test
    void aTargetScheduledAfreshCountsItsNewPollsInFull() {
        PollStatistics beforeTheChange = new PollStatistics(40, 38, 2, 0, 1);
        PollStatistics afterTheChange = new PollStatistics(2, 2, 0, 0, 0);

        assertEquals(afterTheChange, CollectorMetrics.increase(beforeTheChange, afterTheChange));
    }

    @Test
    void nothingNewIsNothing() {
        PollStatistics same = new PollStatistics(5, 4, 1, 0, 0);

        assertEquals(PollStatistics.NONE, CollectorMetrics.increase(same, same));
    }
}
