package org.psarchive.lookup;

import org.psarchive.platform.error.PsarchiveException;

/** sLS's 403 "Failed to secure lease": an unparseable ttl, or a renewal past the grace period. */
public class LeaseRefusedException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public LeaseRefusedException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Lease refused";
    }
}
