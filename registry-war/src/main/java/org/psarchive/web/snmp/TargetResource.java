package org.psarchive.web.snmp;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.psarchive.account.Permission;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.snmp.collect.SnmpCollector;
import org.psarchive.snmp.lease.Lease;
import org.psarchive.snmp.lease.TargetLeases;
import org.psarchive.snmp.target.StoredTarget;
import org.psarchive.snmp.target.TargetName;
import org.psarchive.snmp.target.TargetService;
import org.psarchive.web.BodyMembers;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/admin/snmp/targets}: the routers the SNMP collector polls (docs/admin-api.md). */
@Path("api/admin/snmp/targets")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class TargetResource {

    @EJB
    private TargetService targets;

    @EJB
    private SnmpCollector collector;

    @EJB
    private TargetLeases leases;

    @Context
    private SecurityContext security;

    /** Every target with its status on this node and the node holding its lease. */
    @GET
    public JsonArray list() {
        Map<String, Lease> held = leases.current();
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        for (StoredTarget target : targets.list()) {
            array.add(withStatus(target, held.get(target.name().value())));
        }
        return array.build();
    }

    @POST
    public Response create(JsonObject body, @Context UriInfo uri) {
        TargetName name = new TargetName(BodyMembers.requiredString(BodyMembers.required(body), "name"));
        StoredTarget created = targets.create(actor(), name, TargetBodies.changes(body, true));
        return Response.created(uri.getAbsolutePathBuilder().path(name.value()).build())
                .entity(TargetJson.target(created)).build();
    }

    @GET
    @Path("{name}")
    public JsonObject show(@PathParam("name") String name) {
        StoredTarget target = targets.find(new TargetName(name));
        return withStatus(target, leases.current().get(name));
    }

    /** A merge patch (RFC 7396): members given replace, members absent stay; secrets only when given. */
    @PATCH
    @Path("{name}")
    public JsonObject update(@PathParam("name") String name, JsonObject body) {
        return TargetJson.target(targets.update(actor(), new TargetName(name),
                TargetBodies.changes(BodyMembers.required(body), false)));
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        targets.delete(actor(), new TargetName(name));
        return Response.noContent().build();
    }

    @POST
    @Path("{name}/enable")
    public JsonObject enable(@PathParam("name") String name) {
        return TargetJson.target(targets.enable(actor(), new TargetName(name), true));
    }

    @POST
    @Path("{name}/disable")
    public JsonObject disable(@PathParam("name") String name) {
        return TargetJson.target(targets.enable(actor(), new TargetName(name), false));
    }

    /** A live probe of the agent: its identity, or a 502 whose detail says what failed. */
    @POST
    @Path("{name}/test")
    public JsonObject test(@PathParam("name") String name) {
        TargetName target = new TargetName(name);
        return TargetJson.probe(target, targets.test(target));
    }

    private JsonObject withStatus(StoredTarget target, Lease lease) {
        String name = target.name().value();
        return Jsonp.createObjectBuilder(TargetJson.target(target))
                .add("status", TargetJson.status(collector.running(), collector.node(), collector.status(name), lease))
                .build();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
