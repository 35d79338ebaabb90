package org.psarchive.web.registry;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.psarchive.account.Permission;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.registry.RegistryService;
import org.psarchive.registry.ServiceType;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/registry/service-types}: the kinds of service endpoint (docs/registry.md). */
@Path("api/registry/service-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTypeResource {

    @EJB
    private RegistryService registry;

    @Context
    private SecurityContext security;

    @GET
    public JsonArray list() {
        JsonArrayBuilder types = Jsonp.createArrayBuilder();
        registry.serviceTypes().forEach(type -> types.add(RegistryJson.serviceType(type)));
        return types.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN)
    public Response create(JsonObject body, @Context UriInfo uri) {
        ServiceType type = registry.createServiceType(security.getUserPrincipal().getName(), RegistryBodies.serviceType(body));
        return Response.created(uri.getAbsolutePathBuilder().path(type.name()).build())
                .entity(RegistryJson.serviceType(type).build()).build();
    }
}
