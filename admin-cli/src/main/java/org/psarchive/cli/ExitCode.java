package org.psarchive.cli;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import picocli.CommandLine;

/** The fixed exit codes of psarchive-admin, documented in docs/cli.md. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND_OR_CONFLICT = 3;
    public static final int UNREACHABLE = 4;

    private ExitCode() {
    }

    static int of(Throwable failure) {
        if (failure instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (failure instanceof ServerUnreachableException || failure instanceof ConnectException
                || failure instanceof HttpConnectTimeoutException) {
            return UNREACHABLE;
        }
        if (failure instanceof ApiException api && (api.status() == 404 || api.status() == 409)) {
            return NOT_FOUND_OR_CONFLICT;
        }
        return FAILURE;
    }
}
