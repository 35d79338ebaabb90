package org.psarchive.web.lookup;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
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
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psarchive.account.Permission;
import org.psarchive.lookup.LookupPage;
import org.psarchive.lookup.LookupQuery;
import org.psarchive.lookup.LookupRecord;
import org.psarchive.lookup.LookupService;
import org.psarchive.lookup.LookupSettings;
import org.psarchive.lookup.RecordContent;
import org.psarchive.lookup.Registrant;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.web.auth.AuthSettings;
import org.psarchive.web.auth.PublicWrite;

/**
 * {@code /lookup/records} and {@code /lookup/<type>/<uuid>}: sLS 2.x's record API. Registration and
 * renewal are open, as in sLS (registration can be restricted by configuration); deletion is the
 * registering client's (by its address or account, kept privately with the record) or an administrator's.
 *
 * <p>One instance serves every request (building a request-scoped resource per request cost more CPU
 * than a registration's SQL); what belongs to a request comes in as method parameters.
 */
@Path("lookup")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LookupResource {

    @EJB
    private LookupService lookup;

    @Inject
    private LookupSettings settings;

    @Inject
    private AuthSettings auth;

    @POST
    @Path("records")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicWrite(value = "perfSONAR hosts register themselves, as with sLS",
            closedBy = "psarchive.lookup.register.restricted", permission = Permission.LOOKUP_REGISTER)
    public String register(String body, @Context HttpServletRequest request, @Context SecurityContext security) {
        return LookupJson.record(lookup.register(RecordContent.fromJson(LookupJson.object(body)), caller(request, security)));
    }

    @GET
    @Path("records{slash: /?}")
    public Response query(@Context UriInfo uri) {
        LookupQuery query = LookupQuery.parse(uri.getQueryParameters(), settings.maxResults());
        LookupPage page = lookup.query(query);
        Response.ResponseBuilder answer = Response.ok(LookupJson.records(page.records()), MediaType.APPLICATION_JSON_TYPE);
        if (page.more()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("skip", page.skip() + page.maxResults())
                    .replaceQueryParam("maxresults", page.maxResults()).build(), "next");
        }
        return answer.build();
    }

    @PUT
    @Path("records{slash: /?}")
    @Consumes(MediaType.WILDCARD)
    @PublicWrite("the registration daemon renews its records in bulk, as with sLS")
    public JsonObject renewAll(String body, @Context HttpServletRequest servletRequest, @Context SecurityContext security) {
        JsonObject request = LookupJson.object(body);
        JsonValue uris = request.get("record-uris");
        if (!(uris instanceof JsonArray array) || !array.stream().allMatch(v -> v instanceof JsonString)) {
            throw new InvalidInputException("'record-uris' must be a list of record uris.");
        }
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(((JsonString) v).getString()));
        return LookupJson.bulkRenewal(lookup.renewAll(list, LookupJson.text(request, "ttl"), caller(servletRequest, security)));
    }

    @GET
    @Path("{type}/{uuid}")
    public String get(@PathParam("type") String type, @PathParam("uuid") String uuid) {
        return LookupJson.record(live(type, uuid));
    }

    @GET
    @Path("{type}/{uuid}/{key}")
    public JsonObject getKey(@PathParam("type") String type, @PathParam("uuid") String uuid, @PathParam("key") String key) {
        JsonObject record = LookupJson.object(LookupJson.record(live(type, uuid)));
        if (!record.containsKey(key)) {
            throw new NotFoundException("The key does not exist: '" + key + "' is not in " + record.getString("uri") + ".");
        }
        return Jsonp.createObjectBuilder().add(key, record.get(key)).build();
    }

    @POST
    @Path("{type}/{uuid}")
    @Consumes(MediaType.WILDCARD)
    @PublicWrite("the registration daemon renews its records, as with sLS")
    public String renew(@PathParam("type") String type, @PathParam("uuid") String uuid, String body,
            @Context HttpServletRequest request, @Context SecurityContext security) {
        return LookupJson.record(lookup.renew(type, uuid(uuid), LookupJson.text(LookupJson.optionalObject(body), "ttl"),
                caller(request, security)));
    }

    @DELETE
    @Path("{type}/{uuid}")
    @Consumes(MediaType.WILDCARD)
    @PublicWrite("a host deletes the records it registered; administrators any record")
    public String delete(@PathParam("type") String type, @PathParam("uuid") String uuid,
            @Context HttpServletRequest request, @Context SecurityContext security, String body) {
        // a body (the record, as a client object that still holds it re-sends it) or a client-uuid query are
        // accepted and ignored: the client-uuid is public, so it proves nothing
        boolean admin = security.isUserInRole(Permission.ADMIN.wireName());
        return LookupJson.record(lookup.delete(type, uuid(uuid), caller(request, security), admin));
    }

    /** The client as the record keeps its registrant: its address (trusted proxies honoured) and account. */
    private Registrant caller(HttpServletRequest request, SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        return Registrant.of(auth.clientAddress().resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")),
                principal == null ? null : principal.getName());
    }

    private LookupRecord live(String type, String uuid) {
        return lookup.find(type, uuid(uuid)).orElseThrow(() -> new NotFoundException(
                "Record does not exist (or its lease has ended): lookup/" + type + "/" + uuid));
    }

    /** Record uuids are lower-case; a malformed one names no record. */
    private static String uuid(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
