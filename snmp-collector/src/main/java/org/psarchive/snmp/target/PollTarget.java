package org.psarchive.snmp.target;

import java.time.Duration;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.poll.InterfaceFilter;

/**
 * An enabled target ready to poll, its credentials opened: for use inside this server only (the
 * scheduler), never to be serialised, logged with its credentials or returned by an API.
 * {@code SnmpTarget}'s credentials print without their secrets.
 */
public record PollTarget(TargetName name, SnmpTarget target, Duration interval, InterfaceFilter filter) {
}
