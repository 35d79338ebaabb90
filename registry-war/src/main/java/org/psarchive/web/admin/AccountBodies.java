package org.psarchive.web.admin;

import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.psarchive.account.Cidr;
import org.psarchive.account.Permission;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.web.BodyMembers;

/** The members of account requests that are more than strings: permissions and CIDRs. */
final class AccountBodies {

    private AccountBodies() {
    }

    static Set<Permission> permissions(JsonObject body) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        BodyMembers.strings(body, "permissions").forEach(name -> permissions.add(Permission.parse(name)));
        return permissions;
    }

    static List<Cidr> cidrs(List<String> texts) {
        if (texts.isEmpty()) {
            throw new InvalidInputException("Give at least one CIDR.");
        }
        return texts.stream().map(Cidr::parse).toList();
    }
}
