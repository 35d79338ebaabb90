package org.psarchive.snmp.client;

/**
 * A request's failure, with its kind. The futures of {@link SnmpClient} complete exceptionally with
 * this (unwrap a {@code CompletionException} to reach it).
 */
public class SnmpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SnmpFailure failure;
    private final SnmpTarget target;

    /** @param detail what the agent said, such as the error status name; may be empty */
    public SnmpException(SnmpFailure failure, SnmpTarget target, String detail) {
        super(target.host() + ":" + target.port() + ": " + failure.explanation(target.credentials())
                + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        this.failure = failure;
        this.target = target;
    }

    public SnmpFailure failure() {
        return failure;
    }

    public SnmpTarget target() {
        return target;
    }
}
