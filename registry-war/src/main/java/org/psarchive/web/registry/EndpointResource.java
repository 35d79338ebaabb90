package org.psarchive.web.registry;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.psarchive.account.Permission;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.registry.Community;
import org.psarchive.registry.EndpointQuery;
import org.psarchive.registry.HostName;
import org.psarchive.registry.RegistryService;
import org.psarchive.registry.ServiceEndpoint;
import org.psarchive.registry.ServiceTypeName;
import org.psarchive.registry.SiteName;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/registry/endpoints}: service endpoints, searched and administered (docs/registry.md). */
@Path("api/registry/endpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EndpointResource {

    @EJB
    private RegistryService registry;

    @Context
    private SecurityContext security;

    @GET
    public JsonObject search(@Context UriInfo uri) {
        EndpointQuery query = query(uri.getQueryParameters());
        return RegistryJson.page(registry.search(query), query.limit(), query.offset()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject show(@PathParam("id") String id) {
        return RegistryJson.endpoint(registry.endpoint(id(id))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN)
    public Response create(JsonObject body, @Context UriInfo uri) {
        ServiceEndpoint endpoint = registry.createEndpoint(actor(), RegistryBodies.endpoint(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(endpoint.id())).build())
                .entity(RegistryJson.endpoint(endpoint).build()).build();
    }

    /** Replaces every field: members left out take their defaults (none, or the flags' N/Y/Y). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.ADMIN)
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        long endpointId = id(id);
        return RegistryJson.endpoint(registry.updateEndpoint(actor(), endpointId, RegistryBodies.endpoint(body))).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(Permission.ADMIN)
    public Response delete(@PathParam("id") String id) {
        registry.deleteEndpoint(actor(), id(id));
        return Response.noContent().build();
    }

    private static EndpointQuery query(MultivaluedMap<String, String> parameters) {
        return new EndpointQuery(
                parameters.containsKey("site") ? new SiteName(parameters.getFirst("site")) : null,
                parameters.containsKey("service-type") ? new ServiceTypeName(parameters.getFirst("service-type")) : null,
                parameters.containsKey("community") ? new Community(parameters.getFirst("community")) : null,
                parameters.containsKey("host") ? new HostName(parameters.getFirst("host")) : null,
                flag(parameters, "beta"), flag(parameters, "production"), flag(parameters, "monitored"),
                number(parameters, "limit", EndpointQuery.DEFAULT_LIMIT), number(parameters, "offset", 0));
    }

    private static Boolean flag(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name + " must be true or false (got '" + value + "').");
        };
    }

    private static int number(MultivaluedMap<String, String> parameters, String name, int fallback) {
        String value = parameters.getFirst(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number (got '" + value + "').");
        }
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id must be a whole number (got '" + text + "').");
        }
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
