package org.psarchive.web.archive;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Access-Control-Allow-Origin: *} on the archive and lookup APIs, as esmond's Apache added it:
 * dashboards in other origins read measurements from the browser.
 */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("esmond/") || path.startsWith("lookup/")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        }
    }
}
