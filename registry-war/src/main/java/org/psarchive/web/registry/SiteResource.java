package org.psarchive.web.registry;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.psarchive.account.Permission;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.registry.RegistryService;
import org.psarchive.registry.Site;
import org.psarchive.registry.SiteName;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/registry/sites}: the hosting sites (docs/registry.md). */
@Path("api/registry/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @EJB
    private RegistryService registry;

    @Context
    private SecurityContext security;

    @GET
    public JsonArray list() {
        JsonArrayBuilder sites = Jsonp.createArrayBuilder();
        registry.sites().forEach(site -> sites.add(RegistryJson.site(site)));
        return sites.build();
    }

    @GET
    @Path("{name}")
    public JsonObject show(@PathParam("name") String name) {
        return RegistryJson.site(registry.site(new SiteName(name))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN)
    public Response create(JsonObject body, @Context UriInfo uri) {
        Site site = registry.createSite(actor(), RegistryBodies.site(body, null));
        return Response.created(uri.getAbsolutePathBuilder().path(site.name()).build())
                .entity(RegistryJson.site(site).build()).build();
    }

    /** Replaces country code and description; a {@code name} member renames the site. */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN)
    public JsonObject update(@PathParam("name") String name, JsonObject body) {
        SiteName current = new SiteName(name);
        return RegistryJson.site(registry.updateSite(actor(), current, RegistryBodies.site(body, current))).build();
    }

    @DELETE
    @Path("{name}")
    @RequiresPermission(Permission.ADMIN)
    public Response delete(@PathParam("name") String name, @QueryParam("cascade") boolean cascade) {
        registry.deleteSite(actor(), new SiteName(name), cascade);
        return Response.noContent().build();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
