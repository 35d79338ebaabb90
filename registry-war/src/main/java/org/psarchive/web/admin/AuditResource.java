package org.psarchive.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.psarchive.account.AuditLog;
import org.psarchive.account.Permission;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.web.auth.RequiresPermission;

/** {@code GET /api/admin/audit[?limit=N]}: administrative actions, newest first. */
@Path("api/admin/audit")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
public class AuditResource {

    @EJB
    private AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray newest(@QueryParam("limit") @DefaultValue("100") String limit) {
        int parsed;
        try {
            parsed = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit must be a whole number from 1 to " + AuditLog.MAX_LIMIT + ".");
        }
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        audit.newest(parsed).forEach(event -> array.add(AccountJson.audit(event)));
        return array.build();
    }
}
