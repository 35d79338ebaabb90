package org.psarchive.account;

import java.util.Set;

/** Who sent a request, how they proved it, and what they may do. */
public record Caller(String account, Via via, Set<Permission> permissions) {

    /** How the caller was authenticated. */
    public enum Via {
        TOKEN, IP;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
