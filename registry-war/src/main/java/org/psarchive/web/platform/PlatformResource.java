package org.psarchive.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.psarchive.platform.info.PlatformInfo;
import org.psarchive.platform.info.PlatformInfoService;

/** {@code GET /api/platform}: which psarchive is this, on which database and schema version. */
@Path("api/platform")
@RequestScoped // a CDI bean, so the EJB is injected also when it lives in a sibling EAR module
public class PlatformResource {

    @EJB
    private PlatformInfoService platform;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject describe() {
        PlatformInfo info = platform.describe();
        return Jsonp.createObjectBuilder()
                .add("name", info.name())
                .add("version", info.version())
                .add("database", info.database())
                .add("database-version", info.databaseVersion())
                .add("schema-version", info.schemaVersion())
                .build();
    }
}
