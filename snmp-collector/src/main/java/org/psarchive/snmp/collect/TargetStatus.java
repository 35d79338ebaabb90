package org.psarchive.snmp.collect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.psarchive.snmp.schedule.PollStatistics;

/**
 * What the collector knows of a target it polls, in memory since it (re)scheduled the target.
 *
 * @param lastSuccess the end of the last poll stored, or null
 * @param lastFailure the end of the last failed poll, or null
 * @param lastError the operator's sentence of the last failure, or null
 * @param failing whether the last poll failed
 * @param lastPollDuration from the poll's start to its points committed (or its failure), or null
 * @param interfaces interfaces kept by the filter at the last successful poll
 * @param statistics the scheduler's counts: started, succeeded, failed, late, missed
 * @param recentCommitDelays of the last polls that stored points (at most {@link #RECENT}, oldest first): the
 *        time from the poll's last response to its points committed, what the sink adds to a poll
 */
public record TargetStatus(Instant lastSuccess, Instant lastFailure, String lastError, boolean failing,
        Duration lastPollDuration, int interfaces, PollStatistics statistics, List<Duration> recentCommitDelays) {

    /** Commit delays kept per target: ten minutes of 30 s polls, so a benchmark reading them misses none. */
    public static final int RECENT = 32;

    public TargetStatus {
        recentCommitDelays = List.copyOf(recentCommitDelays);
    }
}
