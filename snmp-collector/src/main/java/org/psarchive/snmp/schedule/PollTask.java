package org.psarchive.snmp.schedule;

import java.util.concurrent.CompletionStage;

/**
 * One poll of one target, as the scheduler starts it: it must return at once and complete the stage when
 * the poll is over (successfully or not). The scheduler counts a poll in flight until then.
 */
@FunctionalInterface
public interface PollTask {

    CompletionStage<?> poll(String target);
}
