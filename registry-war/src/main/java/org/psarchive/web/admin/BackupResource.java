package org.psarchive.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.psarchive.account.Permission;
import org.psarchive.platform.backup.Backup;
import org.psarchive.platform.backup.BackupService;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.web.auth.RequiresPermission;

/** {@code POST /api/admin/backup}: an online backup of the embedded database (docs/operations.md, "Backups"). */
@Path("api/admin/backup")
@RequestScoped
@RequiresPermission(Permission.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @EJB
    private BackupService backups;

    @POST
    public Response create() {
        Backup backup = backups.create();
        return Response.status(Response.Status.CREATED).entity(Jsonp.createObjectBuilder()
                .add("file", backup.file().toString()).add("bytes", backup.bytes())
                .add("taken", backup.taken().toString()).build()).build();
    }
}
