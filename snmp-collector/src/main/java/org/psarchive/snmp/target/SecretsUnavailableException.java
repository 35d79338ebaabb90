package org.psarchive.snmp.target;

import org.psarchive.platform.error.PsarchiveException;

/**
 * The targets' secrets cannot be sealed or opened: the key is missing or malformed, or it is not the key
 * they were sealed with. A configuration problem of the server, reported on the request that needed a
 * secret (never at start-up, so a lost key cannot stop the platform from starting).
 */
public class SecretsUnavailableException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public SecretsUnavailableException(String detail) {
        super(detail);
    }

    public SecretsUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "SNMP secrets unavailable";
    }
}
