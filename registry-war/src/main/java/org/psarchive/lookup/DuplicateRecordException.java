package org.psarchive.lookup;

import org.psarchive.platform.error.PsarchiveException;

/** sLS's 403 "Record already exists": a live record already holds every submitted key and value. */
public class DuplicateRecordException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public DuplicateRecordException(String existingUri) {
        super("Record already exists: " + existingUri + ". Renew that record instead of registering it again.");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Record already exists";
    }
}
