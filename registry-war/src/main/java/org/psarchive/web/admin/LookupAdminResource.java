package org.psarchive.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.psarchive.account.Permission;
import org.psarchive.lookup.LookupPruner;
import org.psarchive.lookup.PruneResult;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.web.auth.RequiresPermission;

/** {@code /api/admin/lookup/prune}: a pruning pass of the lookup service on demand (docs/lookup.md). */
@Path("api/admin/lookup")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class LookupAdminResource {

    @EJB
    private LookupPruner pruner;

    @POST
    @Path("prune")
    public JsonObject prune() {
        PruneResult result = pruner.prune();
        return Jsonp.createObjectBuilder().add("deleted", result.deleted()).add("extended", result.extended()).build();
    }
}
