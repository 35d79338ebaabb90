package org.psarchive.account;

import java.util.Arrays;
import java.util.Locale;
import org.psarchive.platform.error.InvalidInputException;

/** What an account may do beyond anonymous reads. Enforced on every write endpoint. */
public enum Permission {
    /** Create measurement metadata in the archive. */
    METADATA_POST,
    /** Write measurement data points. */
    TIMESERIES_POST,
    /** Register records in the lookup service when registration is restricted ({@code PSARCHIVE_LOOKUP_REGISTER_RESTRICTED}). */
    LOOKUP_REGISTER,
    /** Use the admin API: accounts, keys, IP ranges, audit log, and the other administrative resources. */
    ADMIN;

    /** The name on the wire and in the CLI: {@code metadata-post}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Permission parse(String wireName) {
        return Arrays.stream(values()).filter(p -> p.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Unknown permission '" + wireName
                        + "'; use one of " + Arrays.stream(values()).map(Permission::wireName).toList() + "."));
    }
}
