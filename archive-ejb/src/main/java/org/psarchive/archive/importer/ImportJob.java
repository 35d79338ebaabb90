package org.psarchive.archive.importer;

/**
 * An import job as stored: its source and filters (times in epoch seconds; {@code until} is the fixed
 * cut-off every data request ends at), where it stands, and its counters.
 */
public record ImportJob(long id, String source, String apiKey, Long since, long until, boolean metadataOnly,
        ImportState state, long nextOffset, long recordsTotal, long recordsDone, long recordsSkipped, long seriesDone,
        long pointsDone, long requests, String message, long createdAt, long updatedAt) {

    /** What the job's row holds instead of the source's API key: only that one was given. */
    public static final String KEY_GIVEN = "(given)";

    /** Whether the job reads its source with an API key (kept in the server's memory, never stored). */
    public boolean needsKey() {
        return apiKey != null;
    }


    /** The settings of a new job. */
    public record Request(String source, String apiKey, Long since, long until, boolean metadataOnly) {
    }
}
