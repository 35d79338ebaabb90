package org.psarchive.registry;

import java.util.List;

/** One page of a search and the number of endpoints that match in all. */
public record EndpointPage(List<ServiceEndpoint> endpoints, long total) {
}
