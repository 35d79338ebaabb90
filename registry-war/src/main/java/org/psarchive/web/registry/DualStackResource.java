package org.psarchive.web.registry;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.psarchive.registry.DualStackReporter;
import org.psarchive.registry.SiteName;

/**
 * {@code /api/registry/dual-stack[?site=S]}: does each endpoint's host name resolve to IPv4 and IPv6
 * addresses, as the server's own resolver sees it, and do they match the registered ones.
 */
@Path("api/registry/dual-stack")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DualStackResource {

    @EJB
    private DualStackReporter reporter;

    @GET
    public JsonObject report(@QueryParam("site") String site) {
        return RegistryJson.dualStack(reporter.report(site == null ? null : new SiteName(site))).build();
    }
}
