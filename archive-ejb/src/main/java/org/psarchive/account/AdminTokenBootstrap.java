package org.psarchive.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.logging.Logger;
import org.psarchive.platform.db.DatabaseSettings;

/**
 * Breaks the chicken-and-egg of administration: at start-up the server makes sure
 * {@code $PSARCHIVE_DATA/admin.token} holds a working admin key, readable only by the server's user,
 * so {@code psarchive-admin} run on the same host by that user can administer (as esmond_manage did).
 * Each host has its own {@code local-admin@<host>} account, so instances sharing one database do not
 * invalidate each other's token.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AdminTokenBootstrap {

    public static final String TOKEN_FILE = "admin.token";

    private static final Logger LOG = Logger.getLogger(AdminTokenBootstrap.class.getName());

    @EJB
    private AccountService accounts;

    @EJB
    private Authenticator authenticator;

    @PostConstruct
    void ensureAdminToken() {
        Path file = DatabaseSettings.dataDirectory().resolve(TOKEN_FILE).toAbsolutePath();
        if (Files.isRegularFile(file) && authenticator.isAdminKey(read(file))) {
            LOG.info(() -> "Admin token in " + file + " is valid");
            return;
        }
        AccountName name = localAdminName();
        write(file, accounts.bootstrapAdminKey(name));
        LOG.info(() -> "Wrote a new admin token for account " + name + " to " + file);
    }

    static AccountName localAdminName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String safe = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        String name = "local-admin@" + safe;
        return new AccountName(name.length() > 150 ? name.substring(0, 150) : name);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Written to a private temporary file first, then moved, so the key is never readable by others. */
    private static void write(Path file, String key) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".admin-token", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, key + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin token to " + file, e);
        }
    }
}
