package org.psarchive.snmp.probe;

import org.psarchive.snmp.client.SnmpFailure;

/** A probe either reached the agent or failed in one typed way, with a sentence for the operator. */
public sealed interface ProbeResult {

    record Reached(AgentIdentity agent) implements ProbeResult {
    }

    record Failed(SnmpFailure failure, String message) implements ProbeResult {
    }
}
