package org.psarchive.platform.error;

/** The caller is known but lacks the permission the request needs. */
public class PermissionDeniedException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
