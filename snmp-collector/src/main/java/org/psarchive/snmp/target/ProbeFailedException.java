package org.psarchive.snmp.target;

import org.psarchive.platform.error.PsarchiveException;
import org.psarchive.snmp.client.SnmpFailure;

/** A live test of a target got no usable answer from its agent: 502, with the operator's sentence. */
public class ProbeFailedException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    private final SnmpFailure failure;

    public ProbeFailedException(SnmpFailure failure, String detail) {
        super(detail);
        this.failure = failure;
    }

    public SnmpFailure failure() {
        return failure;
    }

    @Override
    public int status() {
        return 502;
    }

    @Override
    public String title() {
        return "SNMP agent did not answer as asked";
    }
}
