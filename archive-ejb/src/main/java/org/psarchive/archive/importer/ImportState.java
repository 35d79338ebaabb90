package org.psarchive.archive.importer;

import java.util.Locale;

/** Where an import job stands. A job in {@link #QUEUED} or {@link #RUNNING} is active. */
public enum ImportState {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ImportState fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
