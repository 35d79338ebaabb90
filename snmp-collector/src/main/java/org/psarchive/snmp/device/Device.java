package org.psarchive.snmp.device;

/**
 * A device of the API: a target that is configured or has an interface history.
 *
 * @param begin epoch seconds: the target's creation or its first history row, whichever is earlier
 * @param end epoch seconds of its last history row's end once the target is gone, null while configured
 * @param active configured and enabled
 * @param pollInterval seconds between counter polls (the target's, or the default 30 once it is gone)
 */
public record Device(String name, long begin, Long end, boolean active, long pollInterval) {
}
