package org.psarchive.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.psarchive.account.AccountName;
import org.psarchive.account.AccountService;
import org.psarchive.account.Permission;
import org.psarchive.web.auth.RequiresPermission;

/** {@code GET /api/admin/ip-ranges[?account=N]}: every IP range and its account. */
@Path("api/admin/ip-ranges")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
public class IpRangeResource {

    @EJB
    private AccountService accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray list(@QueryParam("account") String account) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        accounts.ipRanges(account == null ? null : new AccountName(account))
                .forEach(range -> array.add(AccountJson.range(range)));
        return array.build();
    }
}
