package org.psarchive.platform.info;

/** What an operator or a client asks first: which psarchive, on which database, at which schema. */
public record PlatformInfo(String name, String version, String database, String databaseVersion,
        String schemaVersion) {
}
