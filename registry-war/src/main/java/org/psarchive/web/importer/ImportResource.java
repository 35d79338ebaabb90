package org.psarchive.web.importer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.psarchive.account.Permission;
import org.psarchive.archive.importer.ImportJob;
import org.psarchive.archive.importer.ImportJobs;
import org.psarchive.archive.importer.ImportPlan;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.web.BodyMembers;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/admin/imports}: plan, start, follow, resume, cancel and verify imports (docs/admin-api.md). */
@Path("api/admin/imports")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @EJB
    private ImportJobs imports;

    @Inject
    private Clock clock;

    @POST
    @Path("esmond/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject plan(JsonObject body) {
        ImportPlan plan = imports.plan(request(body));
        return Jsonp.createObjectBuilder().add("records", plan.records()).add("series", plan.series())
                .add("estimated-requests", plan.estimatedRequests())
                .add("warnings", Jsonp.createArrayBuilder(plan.warnings())).build();
    }

    @POST
    @Path("esmond")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        ImportJob job = imports.start(request(body));
        return Response.created(URI.create("/api/admin/imports/" + job.id())).entity(ImportJson.job(job)).build();
    }

    @GET
    public JsonArray list() {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        imports.jobs().forEach(job -> array.add(ImportJson.job(job)));
        return array.build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return ImportJson.job(imports.job(id(id)));
    }

    @POST
    @Path("{id}/resume")
    public JsonObject resume(@PathParam("id") String id, String body) {
        // an optional {"api-key": "..."}: the source's key, after a restart of the platform
        java.util.Optional<String> key = java.util.Optional.empty();
        if (body != null && !body.isBlank()) {
            try (var reader = Jsonp.createReader(new java.io.StringReader(body))) {
                key = java.util.Optional.ofNullable(BodyMembers.optionalString(BodyMembers.required(reader.readObject()),
                        "api-key"));
            } catch (jakarta.json.JsonException | IllegalStateException | ClassCastException e) {
                throw new InvalidInputException("The body of a resume is empty or {\"api-key\": \"...\"}.");
            }
        }
        return ImportJson.job(imports.resume(id(id), key));
    }

    @POST
    @Path("{id}/cancel")
    public JsonObject cancel(@PathParam("id") String id) {
        return ImportJson.job(imports.cancel(id(id)));
    }

    @POST
    @Path("{id}/verify")
    public JsonObject verify(@PathParam("id") String id, @QueryParam("sample") @DefaultValue("0") String sample) {
        int series;
        try {
            series = Integer.parseInt(sample);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("sample must be a whole number of series, 0 or more.");
        }
        return ImportJson.verification(imports.verify(id(id), series));
    }

    private ImportJob.Request request(JsonObject body) {
        JsonObject members = BodyMembers.required(body);
        Long until = ImportJson.time(members, "until");
        return new ImportJob.Request(BodyMembers.requiredString(members, "from"),
                BodyMembers.optionalString(members, "api-key"), ImportJson.time(members, "since"),
                until == null ? clock.instant().getEpochSecond() : until,
                BodyMembers.booleanOr(members, "metadata-only", false));
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No import job " + text + ".");
        }
    }
}
