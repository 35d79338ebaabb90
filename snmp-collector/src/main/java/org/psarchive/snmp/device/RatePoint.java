package org.psarchive.snmp.device;

/**
 * One point of an answer: {@code ts} and {@code val} (per second, null where nothing was measured), and for
 * {@code cf=min|max} the time of the base rate chosen ({@code m_ts}, else null).
 */
public record RatePoint(long ts, Double val, Long mTs) {
}
