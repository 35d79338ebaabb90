package org.psarchive.web.admin;

import jakarta.ejb.ConcurrentAccessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.psarchive.account.Permission;
import org.psarchive.archive.retention.RetentionPass;
import org.psarchive.archive.retention.RetentionPolicy;
import org.psarchive.archive.retention.RetentionRunner;
import org.psarchive.archive.retention.RetentionService;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.web.BodyMembers;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/admin/retention}: the retention policies, and a pass on demand (docs/admin-api.md). */
@Path("api/admin/retention")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @EJB
    private RetentionService retention;

    @EJB
    private RetentionRunner runner;

    @Context
    private SecurityContext security;

    @GET
    public JsonArray list() {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        retention.policies().forEach(policy -> array.add(json(policy)));
        return array.build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject set(JsonObject body) {
        JsonObject policy = BodyMembers.orEmpty(body);
        if (!(policy.get("keep-days") instanceof JsonNumber days) || !days.isIntegral()) {
            throw new InvalidInputException("keep-days is required: a whole number of days.");
        }
        return json(retention.set(actor(), new RetentionPolicy(pattern(policy, "event-type"), pattern(policy, "summary-type"),
                window(policy.get("summary-window")), days.intValue()))).build();
    }

    @DELETE
    public Response delete(@QueryParam("event-type") String eventType, @QueryParam("summary-type") String summaryType,
            @QueryParam("summary-window") String window) {
        retention.delete(actor(), orAny(eventType), orAny(summaryType),
                window(window == null ? null : Jsonp.createValue(window)));
        return Response.noContent().build();
    }

    @POST
    @Path("run")
    public JsonObject run(@QueryParam("reclaim") boolean reclaim) {
        RetentionPass pass;
        try {
            pass = runner.run(reclaim);
        } catch (ConcurrentAccessException busy) {
            throw new ConflictException("A retention pass is running already; try again when it has finished.");
        }
        return Jsonp.createObjectBuilder()
                .add("deleted-points", pass.deletedPoints())
                .add("series-visited", pass.seriesVisited())
                .add("complete", pass.complete())
                .add("space-reclaimed", pass.reclaimed())
                .build();
    }

    private static JsonObjectBuilder json(RetentionPolicy policy) {
        return Jsonp.createObjectBuilder()
                .add("event-type", policy.eventType())
                .add("summary-type", policy.summaryType())
                .add("summary-window", policy.window() == RetentionPolicy.ANY_WINDOW
                        ? Jsonp.createValue(RetentionPolicy.ANY) : Jsonp.createValue(policy.window()))
                .add("keep-days", policy.keepDays());
    }

    private static String pattern(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value == null || value == JsonValue.NULL) {
            return RetentionPolicy.ANY;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidInputException(member + " must be a string (or * for any).");
    }

    private static long window(JsonValue value) {
        if (value == null || value == JsonValue.NULL
                || (value instanceof JsonString text && text.getString().equals(RetentionPolicy.ANY))) {
            return RetentionPolicy.ANY_WINDOW;
        }
        try {
            long window = value instanceof JsonNumber number ? number.longValueExact()
                    : Long.parseLong(((JsonString) value).getString());
            if (window < 0) {
                throw new InvalidInputException("summary-window must be * or a whole number of seconds.");
            }
            return window;
        } catch (ArithmeticException | NumberFormatException | ClassCastException e) {
            throw new InvalidInputException("summary-window must be * or a whole number of seconds.");
        }
    }

    private static String orAny(String value) {
        return value == null ? RetentionPolicy.ANY : value;
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
