package org.psarchive.registry;

import org.psarchive.platform.error.InvalidInputException;

/** A search of service endpoints: every filter may be null (any); a page of {@code limit} from {@code offset}. */
public record EndpointQuery(SiteName site, ServiceTypeName serviceType, Community community, HostName host,
        Boolean beta, Boolean production, Boolean monitored, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public EndpointQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be 1 to " + MAX_LIMIT + " (got " + limit + ").");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset must not be negative (got " + offset + ").");
        }
    }
}
