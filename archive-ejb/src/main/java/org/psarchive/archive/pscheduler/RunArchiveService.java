package org.psarchive.archive.pscheduler;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.MetadataKey;
import org.psarchive.archive.metadata.MetadataRequest;
import org.psarchive.archive.metadata.MetadataService;
import org.psarchive.archive.timeseries.DataRequest;
import org.psarchive.archive.timeseries.TimeseriesService;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.ConflictException;

/**
 * Archives one pScheduler run sent by the http archiver: mapped to what the esmond archiver would have
 * stored (plus pscheduler-raw), in one transaction, once per run id however often it is resent.
 */
@Stateless
public class RunArchiveService {

    @Inject
    private Clock clock;

    /** What became of a run; {@code stored} is false when the run had been archived before. */
    public record Outcome(MetadataKey metadataKey, boolean stored) {
    }

    /** One mapper per policy: stateless, and each resolves names through the system's resolver. */
    private static final Map<DataFormattingPolicy, EsmondMapper> MAPPERS = mappers();

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private MetadataService metadata;

    @EJB
    private TimeseriesService timeseries;

    /**
     * Archives a run as pScheduler's esmond archiver would have under {@code policy} (its default:
     * {@link DataFormattingPolicy#PREFER_MAPPED}), so that a host moving from that archiver to the http
     * archiver keeps its records. {@code observer}: the {@code x-ps-observer} header, the measurement
     * agent; without it, the host of the run's task URL, and where that name has no address in the
     * source's family, the lead participant, as the esmond archiver's records have it: a result is never
     * lost for a name.
     */
    public Outcome archive(RunDocument run, Optional<String> observer, DataFormattingPolicy policy) {
        EsmondMapper mapper = MAPPERS.get(policy);
        EsmondMapping mapping;
        if (observer.isPresent()) {
            mapping = mapper.map(run, observer);
        } else {
            try {
                mapping = mapper.map(run, run.taskHost());
            } catch (MeasurementAgentException unresolvable) {
                mapping = mapper.map(run, Optional.empty());
            }
        }
        String runHash = sha256(mapping.runId());
        Optional<MetadataKey> earlier = archivedBefore(runHash);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), false);
        }
        Metadata record = metadata.create(MetadataRequest.parse(mapping.metadata()));
        try {
            claim(runHash, record.id());
        } catch (SQLIntegrityConstraintViolationException concurrentRetry) {
            return new Outcome(record.key(), false); // the same run is being archived by a parallel retry
        } catch (SQLException e) {
            throw new IllegalStateException("recording the run failed", e);
        }
        try {
            timeseries.write(record, DataRequest.bulk(mapping.data()));
        } catch (ConflictException alreadyStored) {
            // the same points came through the esmond API already (a host that archived this run with the
            // esmond archiver, or both archivers configured): success, as the esmond archiver treats a 409;
            // the transaction is rolled back (the exception says so), the record's key still answered
            return new Outcome(record.key(), false);
        }
        return new Outcome(record.key(), true);
    }

    private Optional<MetadataKey> archivedBefore(String runHash) {
        try (Connection connection = dataSource.getConnection()) {
            return new RunTable(connection).archived(runHash);
        } catch (SQLException e) {
            throw new IllegalStateException("looking up the run failed", e);
        }
    }

    private void claim(String runHash, long metadataId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            new RunTable(connection).claim(runHash, metadataId, clock.instant());
        }
    }

    private static Map<DataFormattingPolicy, EsmondMapper> mappers() {
        Map<DataFormattingPolicy, EsmondMapper> mappers = new EnumMap<>(DataFormattingPolicy.class);
        for (DataFormattingPolicy policy : DataFormattingPolicy.values()) {
            mappers.put(policy, new EsmondMapper(AddressResolver.system(), policy));
        }
        return mappers;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
