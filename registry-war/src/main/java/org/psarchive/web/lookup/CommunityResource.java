package org.psarchive.web.lookup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.psarchive.lookup.CommunityDirectory;
import org.psarchive.lookup.LookupSettings;
import org.psarchive.platform.json.Jsonp;

/** Communities ({@code /lookup/communities}) and the bootstrap file ({@code /lookup/activehosts.json}). */
@Path("lookup")
@ApplicationScoped // one instance for every request, as LookupResource
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

    @EJB
    private CommunityDirectory communities;

    @Inject
    private LookupSettings settings;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @GET
    @Path("communities{slash: /?}")
    public JsonValue communities() {
        return LookupJson.communities(communities.communities());
    }

    @GET
    @Path("communities/{community}/hosts")
    public JsonObject hosts(@PathParam("community") String community,
            @QueryParam("case-insensitive") @DefaultValue("false") boolean ignoreCase) {
        return LookupJson.communityHosts(community, ignoreCase,
                communities.hosts(community, ignoreCase, settings.maxResults()));
    }

    /** sLS's bootstrap format, listing this service: clients that read it pick this lookup service. */
    @GET
    @Path("activehosts.json")
    public JsonObject activeHosts(@Context UriInfo uri) {
        String locator = config.getOptionalValue("psarchive.lookup.locator", String.class)
                .orElseGet(() -> uri.getBaseUriBuilder().path("lookup/records").build().toString());
        return Jsonp.createObjectBuilder().add("hosts", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                .add("locator", locator).add("status", "alive").add("priority", 100)
                .add("lastupdated", LookupJson.expires(clock.instant())))).build();
    }
}
