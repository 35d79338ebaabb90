package org.psarchive.web.archive;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.psarchive.account.Permission;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.MetadataKey;
import org.psarchive.archive.metadata.MetadataPage;
import org.psarchive.archive.metadata.MetadataRequest;
import org.psarchive.archive.metadata.MetadataService;
import org.psarchive.archive.metadata.RecordsForWriting;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.archive.timeseries.DataPoint;
import org.psarchive.archive.timeseries.DataRequest;
import org.psarchive.archive.timeseries.TimeRange;
import org.psarchive.archive.timeseries.TimeseriesService;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.web.auth.PublicWrite;
import org.psarchive.web.auth.RequiresPermission;

/**
 * The esmond perfSONAR archive API under {@code /esmond/perfsonar/archive/} (docs/rest-api.md),
 * wire-compatible with pScheduler's esmond archiver and esmond's clients.
 *
 * <p>One instance serves every request: building a request-scoped resource per request cost a
 * measurable share of a result's CPU (bin/bench archive); what belongs to a request comes in as method
 * parameters.
 */
@Path("esmond/perfsonar/archive")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    static final int MAX_METADATA_PAGE = 10_000;
    static final int MAX_DATA_PAGE = 1_000_000;
    /** esmond answers writes with the JSON string "" (pScheduler needs a JSON-parsable body). */
    private static final String EMPTY_JSON_STRING = "\"\"";

    @EJB
    private MetadataService metadata;

    @EJB
    private TimeseriesService timeseries;

    @Inject
    private RecordsForWriting recordsForWriting;

    @Inject
    private Clock clock;

    @GET
    public Response list(@Context UriInfo uri) {
        Paging paging = Paging.of(uri.getQueryParameters().getFirst("limit"), uri.getQueryParameters().getFirst("offset"),
                MAX_METADATA_PAGE);
        MetadataPage page = metadata.search(ArchiveQuery.filter(uri.getQueryParameters(), now()), paging.limit(),
                paging.offset());
        String previous = paging.offset() > 0 ? pageUrl(uri, paging.limit(), Math.max(0, paging.offset() - paging.limit())) : null;
        String next = paging.offset() + paging.limit() < page.total() ? pageUrl(uri, paging.limit(), paging.offset() + paging.limit()) : null;
        String origin = ArchiveJson.origin(uri);
        String text = ArchiveJson.text(json -> {
            json.writeStartArray();
            for (int i = 0; i < page.records().size(); i++) {
                ArchiveJson.metadata(json, page.records().get(i), origin, i > 0 ? null : first -> {
                    first.write("metadata-count-total", page.total());
                    nullable(first, "metadata-previous-page", previous);
                    nullable(first, "metadata-next-page", next);
                });
            }
            json.writeEnd();
        });
        Response.ResponseBuilder response = Response.ok(text);
        if (next != null) {
            response.link(URI.create(next), "next");
        }
        if (previous != null) {
            response.link(URI.create(previous), "prev");
        }
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.METADATA_POST)
    public Response create(String body, @Context UriInfo uri) {
        Metadata created = metadata.post(MetadataRequest.parse(body));
        String origin = ArchiveJson.origin(uri);
        return Response.created(URI.create(origin + ArchiveJson.ROOT + created.key().value() + "/"))
                .entity(ArchiveJson.text(json -> ArchiveJson.metadata(json, created, origin, null))).build();
    }

    @GET
    @Path("{key}")
    public String show(@PathParam("key") String key, @Context UriInfo uri) {
        Metadata record = metadata.require(key);
        return ArchiveJson.text(json -> ArchiveJson.metadata(json, record, ArchiveJson.origin(uri), null));
    }

    private static void nullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.TIMESERIES_POST)
    public Response bulk(@PathParam("key") String key, InputStream body) {
        List<DataPoint> points = DataRequest.bulk(new InputStreamReader(body, StandardCharsets.UTF_8));
        timeseries.writeCommitted(recordForWriting(key), points);
        return Response.status(Response.Status.CREATED).entity(EMPTY_JSON_STRING).build();
    }

    /** A record written to lately from memory, without the EJB call; else {@link MetadataService#requireForWriting}. */
    private Metadata recordForWriting(String key) {
        return recordsForWriting.get(key).orElseGet(() -> metadata.requireForWriting(key));
    }

    @POST
    @Path("{key}")
    @PublicWrite("only answers 405, as esmond does")
    public Response postOnRecord(@PathParam("key") String key) {
        throw new NotAllowedException("Method not allowed: write data with PUT.", "GET", new String[] {"PUT", "DELETE"});
    }

    @PATCH
    @Path("{key}")
    @PublicWrite("only answers 405, as esmond does")
    public Response patchOnRecord(@PathParam("key") String key) {
        throw new NotAllowedException("Method not allowed: write data with PUT.", "GET", new String[] {"PUT", "DELETE"});
    }

    @DELETE
    @Path("{key}")
    @RequiresPermission(Permission.ADMIN)
    public Response delete(@PathParam("key") String key) {
        metadata.delete(MetadataKey.parse(key).orElseThrow(() -> new NotFoundException("Not found.")));
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/{eventType}")
    public String eventType(@PathParam("key") String key, @PathParam("eventType") String eventType) {
        Metadata record = metadata.require(key);
        return ArchiveJson.text(json -> {
            json.writeStartArray();
            if (record.series(SeriesKey.base(eventType)).isPresent()) {
                ArchiveJson.eventType(json, record, eventType);
            }
            json.writeEnd();
        });
    }

    /** esmond accepts this and stores nothing; kept so old clients do not fail. */
    @POST
    @Path("{key}/{eventType}")
    @RequiresPermission(Permission.METADATA_POST)
    public Response eventTypeStub(@PathParam("key") String key, @PathParam("eventType") String eventType) {
        metadata.require(key);
        return Response.status(Response.Status.CREATED).entity(EMPTY_JSON_STRING).build();
    }

    @GET
    @Path("{key}/{eventType}/base")
    public Response base(@PathParam("key") String key, @PathParam("eventType") String eventType,
            @Context UriInfo uri) {
        return read(uri, metadata.require(key), SeriesKey.base(eventType));
    }

    @POST
    @Path("{key}/{eventType}/base")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.TIMESERIES_POST)
    public Response single(@PathParam("key") String key, @PathParam("eventType") String eventType, JsonObject body) {
        timeseries.writeCommitted(recordForWriting(key), List.of(DataRequest.single(eventType, body)));
        return Response.status(Response.Status.CREATED).entity(EMPTY_JSON_STRING).build();
    }

    @GET
    @Path("{key}/{eventType}/{summaryType}")
    public String summaries(@PathParam("key") String key, @PathParam("eventType") String eventType,
            @PathParam("summaryType") String plural) {
        Metadata record = metadata.require(key);
        SummaryType type = SummaryType.fromPlural(plural).filter(t -> t != SummaryType.BASE)
                .orElseThrow(() -> new NotFoundException("Not found."));
        List<Metadata.Series> found = record.seriesOf(eventType).stream()
                .filter(series -> series.key().summaryType() == type).toList();
        if (found.isEmpty()) {
            throw new NotFoundException("Not found.");
        }
        return ArchiveJson.text(json -> {
            json.writeStartArray();
            found.forEach(series -> ArchiveJson.summary(json, record, series));
            json.writeEnd();
        });
    }

    @GET
    @Path("{key}/{eventType}/{summaryType}/{window}")
    public Response summary(@PathParam("key") String key, @PathParam("eventType") String eventType,
            @PathParam("summaryType") String plural, @PathParam("window") String window, @Context UriInfo uri) {
        SummaryType type = SummaryType.fromPlural(plural).orElseThrow(() -> new NotFoundException("Not found."));
        long parsedWindow;
        try {
            parsedWindow = Long.parseLong(window);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Not found.");
        }
        return read(uri, metadata.require(key), new SeriesKey(eventType, type, parsedWindow));
    }

    /** The points, streamed from the database into the answer as they are read. */
    private Response read(UriInfo uri, Metadata record, SeriesKey key) {
        var query = uri.getQueryParameters();
        Paging paging = Paging.of(query.getFirst("limit"), query.getFirst("offset"), MAX_DATA_PAGE);
        TimeRange range = TimeRange.of(query.getFirst("time"), query.getFirst("time-start"), query.getFirst("time-end"),
                query.getFirst("time-range"), now());
        Optional<Metadata.Series> series = record.series(key);
        if (series.isEmpty()) {
            return Response.ok(JsonValue.EMPTY_JSON_ARRAY).build();
        }
        StreamingOutput points = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            timeseries.writeJson(series.get(), range, paging.limit(), paging.offset(), writer);
            writer.flush();
        };
        return Response.ok(points).build();
    }

    private static String pageUrl(UriInfo uri, int limit, int offset) {
        return uri.getRequestUriBuilder().replaceQueryParam("limit", limit).replaceQueryParam("offset", offset)
                .build().toString();
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
