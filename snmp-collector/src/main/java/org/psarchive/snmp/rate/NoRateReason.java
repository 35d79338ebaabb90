package org.psarchive.snmp.rate;

/** Why an interval has no rate. Each leaves a gap in the series; none is ever turned into a number. */
public enum NoRateReason {
    /** Nothing to subtract from yet. */
    FIRST_SAMPLE,
    /** sysUpTime went back (and not by its own 497-day wrap): the agent restarted, counters may have reset. */
    AGENT_RESTARTED,
    /** ifCounterDiscontinuityTime changed: the agent says this interface's counters are not continuous. */
    COUNTER_DISCONTINUITY,
    /** The ifIndex now names another interface (ifName changed): its counters belong to something else. */
    INTERFACE_REPLACED,
    /** The counter changed width (the agent switched between the 32-bit and the HC column). */
    WIDTH_CHANGED,
    /** The counter went down and a wrap would mean a rate above the interface speed: it was reset. */
    IMPLAUSIBLE_WRAP,
    /** The counter went down on an interface of unknown speed: a wrap cannot be told from a reset. */
    DECREASE_AT_UNKNOWN_SPEED,
    /** The readings are longer apart than the gap limit: missed polls are a gap, never interpolated. */
    GAP,
    /** The second reading is not later than the first. */
    NO_TIME_ELAPSED
}
