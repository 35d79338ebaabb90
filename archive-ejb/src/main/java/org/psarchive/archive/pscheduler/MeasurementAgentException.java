package org.psarchive.archive.pscheduler;

import org.psarchive.platform.error.InvalidInputException;

/** The measurement agent named for a run has no address in the family of its source (400). */
public class MeasurementAgentException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public MeasurementAgentException(String detail) {
        super(detail);
    }
}
