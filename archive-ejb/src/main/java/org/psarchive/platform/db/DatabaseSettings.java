package org.psarchive.platform.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the database is, read from {@code PSARCHIVE_*} settings.
 *
 * <p>The connection pool creates its data source before CDI and MicroProfile Config are up for the
 * application, so these few settings are read here directly: a JVM system property
 * ({@code psarchive.db.url}) wins over the environment variable ({@code PSARCHIVE_DB_URL}), the
 * same precedence MicroProfile Config gives them everywhere else.
 */
public record DatabaseSettings(String url, String user, String password) {

    static final String SERVER_PREPARED_STATEMENTS = "useServerPrepStmts=true";
    static final String EMBEDDED_OPTIONS = ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=LOW";

    /** Reads the settings of this process. */
    public static DatabaseSettings fromEnvironment() {
        Optional<String> url = setting("PSARCHIVE_DB_URL");
        if (url.isEmpty()) {
            return embedded(dataDirectory());
        }
        return new DatabaseSettings(withDriverDefaults(withCompatibilityMode(url.get())), setting("PSARCHIVE_DB_USER").orElse(""),
                setting("PSARCHIVE_DB_PASSWORD").orElse(""));
    }

    /** Our migrations speak MariaDB's SQL; an H2 URL without a mode gets H2's MariaDB mode. */
    static String withCompatibilityMode(String url) {
        boolean h2 = url.startsWith("jdbc:h2:");
        return h2 && !url.toUpperCase(Locale.ROOT).contains(";MODE=") ? url + EMBEDDED_OPTIONS : url;
    }

    /**
     * MariaDB's driver with server-side prepared statements unless the URL says otherwise: the archive's
     * writes carry histograms as JSON text, which the server otherwise parses and unescapes as string
     * literals (an eighth of MariaDB's CPU samples in pScheduler's pattern, perf during bin/bench
     * archive); in the binary protocol they arrive as they are, and MariaDB's CPU per result fell from
     * 1.33 to 1.04 ms.
     */
    static String withDriverDefaults(String url) {
        if (!url.startsWith("jdbc:mariadb:") || url.toLowerCase(Locale.ROOT).contains("useserverprepstmts=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + SERVER_PREPARED_STATEMENTS;
    }

    /** The zero-setup H2 file database inside the data directory. */
    public static DatabaseSettings embedded(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve("db").resolve("psarchive");
        return new DatabaseSettings("jdbc:h2:file:" + file + EMBEDDED_OPTIONS, "sa", "");
    }

    /** {@code PSARCHIVE_DATA}, default {@code ./data} relative to the server's working directory. */
    public static Path dataDirectory() {
        return Path.of(setting("PSARCHIVE_DATA").orElse("data"));
    }

    public DatabaseKind kind() {
        return DatabaseKind.ofUrl(url);
    }

    /** Never prints the password, so a settings object can be logged safely. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + "]";
    }

    /** The URL without its query part, where drivers accept credentials. */
    public String redactedUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    static Optional<String> setting(String environmentName) {
        String property = environmentName.toLowerCase(Locale.ROOT).replace('_', '.');
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
