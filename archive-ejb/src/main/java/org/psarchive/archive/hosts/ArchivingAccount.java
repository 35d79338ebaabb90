package org.psarchive.archive.hosts;

import java.time.Instant;

/**
 * An account allowed to post to the archive, and when its key last authenticated (to within the
 * resolution {@code Authenticator} keeps). Records do not name the account that posted them, so this is
 * all an account's activity the data holds; accounts that authenticate by address have no last use.
 */
public record ArchivingAccount(String name, boolean enabled, boolean hasKey, Instant keyLastUsed) {
}
