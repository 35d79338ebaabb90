package org.psarchive.web.origin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Gives every request the public base URI before anything reads it ({@link PublicOrigin}), so that each
 * {@code UriInfo} a resource asks, and so every absolute URL in an answer, names the origin clients use.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class PublicOriginFilter implements ContainerRequestFilter {

    @Inject
    private PublicOrigin origin;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        URI containerBase = request.getUriInfo().getBaseUri();
        URI base = origin.base(new PublicOrigin.Request(containerBase, servletRequest.getScheme(),
                request.getHeaderString("Host"), servletRequest.getRemoteAddr(), ForwardedHeaders.parse(
                        request.getHeaderString("Forwarded"), request.getHeaderString("X-Forwarded-Proto"),
                        request.getHeaderString("X-Forwarded-Host"), request.getHeaderString("X-Forwarded-Port"))));
        if (!base.equals(containerBase)) {
            request.setRequestUri(base, PublicOrigin.rebase(containerBase, request.getUriInfo().getRequestUri(), base));
        }
    }
}
