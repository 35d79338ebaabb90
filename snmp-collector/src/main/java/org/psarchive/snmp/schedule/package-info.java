/**
 * When polls run: {@link org.psarchive.snmp.schedule.PollScheduler} starts each target's poll on its own
 * phase of its interval, bounds the polls in flight, and counts late and missed ones. It takes a
 * {@code ScheduledExecutorService} and a {@code Clock}, so the container supplies both.
 */
package org.psarchive.snmp.schedule;
