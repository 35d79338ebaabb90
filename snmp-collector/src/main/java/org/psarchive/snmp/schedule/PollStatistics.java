package org.psarchive.snmp.schedule;

/**
 * Counts of a target's polls since it was scheduled.
 *
 * @param started polls started
 * @param succeeded polls whose stage completed normally
 * @param failed polls whose stage completed exceptionally (timeouts among them)
 * @param late polls started more than {@link PollScheduler#LATE_AFTER} after their slot
 * @param missed slots with no poll: the previous poll was still running, no capacity was free within the
 *        interval, or the executor woke up after the slot had passed
 */
public record PollStatistics(long started, long succeeded, long failed, long late, long missed) {

    public static final PollStatistics NONE = new PollStatistics(0, 0, 0, 0, 0);

    public PollStatistics plus(PollStatistics other) {
        return new PollStatistics(started + other.started, succeeded + other.succeeded, failed + other.failed,
                late + other.late, missed + other.missed);
    }
}
