package org.psarchive.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A path under the platform's base URL. Names and query values are percent-encoded, so an account
 * name can never add a segment or a parameter to the request.
 */
final class ApiPath {

    private final StringBuilder path;
    private boolean hasQuery;

    private ApiPath(String fixed) {
        this.path = new StringBuilder(fixed);
    }

    /** A fixed, already valid path such as {@code api/admin/accounts}. */
    static ApiPath of(String fixed) {
        return new ApiPath(fixed);
    }

    static ApiPath account(String name) {
        return of("api/admin/accounts").segment(name);
    }

    static ApiPath target(String name) {
        return of("api/admin/snmp/targets").segment(name);
    }

    /** Appends one segment holding {@code value}, whatever characters it has. */
    ApiPath segment(String value) {
        if (hasQuery) {
            throw new IllegalStateException("segment after query");
        }
        path.append('/').append(encodeSegment(value));
        return this;
    }

    /** Appends a fixed segment such as {@code ip-ranges}. */
    ApiPath then(String fixed) {
        return segment(fixed);
    }

    ApiPath query(String name, String value) {
        path.append(hasQuery ? '&' : '?').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        hasQuery = true;
        return this;
    }

    static String encodeSegment(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an empty name");
        }
        // "." and ".." would be resolved away as relative steps, so encode their dots
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        // URLEncoder writes form encoding: a space becomes '+', which a path would keep literally
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
