package org.psarchive.web.archive;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Optional;
import org.psarchive.account.Permission;
import org.psarchive.archive.pscheduler.DataFormattingPolicy;
import org.psarchive.archive.pscheduler.RunArchiveService;
import org.psarchive.archive.pscheduler.RunDocument;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.web.auth.RequiresPermission;

/**
 * {@code /api/archive/pscheduler}: where pScheduler's {@code http} archiver (perfSONAR 5.4+) PUTs or
 * POSTs each run. The body is read as text and parsed here, so the duplicated Content-Type headers that
 * pSConfig-style {@code _headers} produce cannot make the request unreadable.
 */
@Path("api/archive/pscheduler")
@ApplicationScoped // one instance for every request, as ArchiveResource
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RequiresPermission({Permission.METADATA_POST, Permission.TIMESERIES_POST})
public class PschedulerRunResource {

    @EJB
    private RunArchiveService runs;

    @PUT
    public Response put(String body, @HeaderParam("x-ps-observer") String observer,
            @QueryParam("data-formats") String formats, @Context UriInfo uri) {
        return archive(body, observer, formats, uri);
    }

    @POST
    public Response post(String body, @HeaderParam("x-ps-observer") String observer,
            @QueryParam("data-formats") String formats, @Context UriInfo uri) {
        return archive(body, observer, formats, uri);
    }

    private Response archive(String body, String observer, String formats, UriInfo uri) {
        RunArchiveService.Outcome outcome;
        try {
            outcome = runs.archive(RunDocument.parse(object(body)),
                    Optional.ofNullable(observer).map(String::trim).filter(value -> !value.isEmpty()), policy(formats));
        } catch (ConflictException alreadyStored) {
            // the same points came through the esmond API already (both archivers configured): success,
            // as pScheduler's esmond archiver treats a 409
            return Response.ok(Jsonp.createObjectBuilder().add("stored", false)
                    .add("detail", alreadyStored.detail()).build()).build();
        }
        String url = ArchiveJson.absolute(uri, ArchiveJson.ROOT + outcome.metadataKey().value() + "/");
        JsonObject answer = Jsonp.createObjectBuilder()
                .add("metadata-key", outcome.metadataKey().value())
                .add("url", url)
                .add("stored", outcome.stored())
                .build();
        return Response.status(outcome.stored() ? Response.Status.CREATED : Response.Status.OK).entity(answer).build();
    }

    /**
     * The esmond archiver's {@code data-formatting-policy}, carried in the archive URL's query
     * ({@code ?data-formats=mapped-and-raw}); its default, {@code prefer-mapped}, when absent.
     */
    private static DataFormattingPolicy policy(String formats) {
        if (formats == null || formats.isBlank()) {
            return DataFormattingPolicy.PREFER_MAPPED;
        }
        return DataFormattingPolicy.fromWireName(formats.trim()).orElseThrow(() -> new InvalidInputException(
                "'data-formats' must be one of prefer-mapped, mapped-and-raw, mapped-only, raw-only, as the esmond"
                        + " archiver's data-formatting-policy; got '" + formats + "'."));
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("The body must be the JSON of a pScheduler run.");
        }
        try (var reader = Jsonp.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("The body must be a JSON object: a pScheduler run.");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidInputException("The body is not valid JSON: " + e.getMessage());
        }
    }
}
