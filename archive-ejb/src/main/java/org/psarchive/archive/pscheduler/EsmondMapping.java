package org.psarchive.archive.pscheduler;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * What pScheduler's esmond archiver would have sent for one run: the metadata POST body
 * ({@code archive/}) and the bulk data PUT body ({@code archive/<metadata-key>/}), with the run's
 * id for idempotent ingestion.
 *
 * @param runId    the run's UUID ({@code id} of the run document)
 * @param metadata the metadata body, {@code event-types} with pScheduler's default summaries
 * @param data     {@code {"data": [{"ts": <schedule start>, "val": [{"event-type": ..., "val": ...}]}]}}
 */
public record EsmondMapping(String runId, JsonObject metadata, JsonObject data) {

    public EsmondMapping {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(data, "data");
    }

    /**
     * Maps a run as the http ingest stores it: {@link DataFormattingPolicy#MAPPED_AND_RAW} (the esmond
     * event types plus pscheduler-raw), host names resolved through DNS as the archiver did.
     *
     * @param observer the {@code x-ps-observer} header, taken as the measurement agent; without it
     *                 the lead participant, as the esmond archiver did when its spec set no
     *                 {@code measurement-agent}
     */
    public static EsmondMapping of(RunDocument run, Optional<String> observer) {
        return new EsmondMapper(AddressResolver.system(), DataFormattingPolicy.MAPPED_AND_RAW).map(run, observer);
    }
}
