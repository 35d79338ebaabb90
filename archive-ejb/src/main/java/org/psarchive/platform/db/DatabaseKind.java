package org.psarchive.platform.db;

/** The two databases psarchive runs on; the JDBC URL says which. */
public enum DatabaseKind {
    /** The embedded default: an H2 file database in MariaDB compatibility mode. */
    H2("jdbc:h2:"),
    /** Production: MariaDB through Connector/J. */
    MARIADB("jdbc:mariadb:");

    private final String urlPrefix;

    DatabaseKind(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    public static DatabaseKind ofUrl(String url) {
        for (DatabaseKind kind : values()) {
            if (url != null && url.startsWith(kind.urlPrefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "PSARCHIVE_DB_URL must start with jdbc:mariadb:// or jdbc:h2: (got '"
                        + (url == null ? "" : url.replaceAll("\\?.*", "?...")) + "')");
    }
}
