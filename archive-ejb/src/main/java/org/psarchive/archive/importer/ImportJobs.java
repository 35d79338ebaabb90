package org.psarchive.archive.importer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.error.NotFoundException;

/**
 * Import jobs: planned, started, followed, resumed, cancelled and verified. A job runs on the
 * container's managed executor, so it goes on whatever happens to the client that started it; a job
 * left active by a stop of the platform is started again at start-up and resumes from its marks.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private SchemaMigrator schema;

    @Inject
    private Clock clock;

    @Inject
    private Config config;

    /** The jobs running in this server. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    /**
     * The sources' API keys, by job, in memory only: a stored key would have to be encrypted at rest, and
     * an esmond archive's reads seldom need one. After a restart such a job waits for {@code resume} with
     * the key.
     */
    private final Map<Long, String> keys = new ConcurrentHashMap<>();

    @PostConstruct
    void resumeInterrupted() {
        schema.schemaVersion(); // the schema first (SchemaMigrator may be in another module of the EAR)
        for (ImportJob job : read(ImportStore::active)) {
            if (job.needsKey()) {
                write(store -> store.transition(job.id(), List.of(ImportState.QUEUED, ImportState.RUNNING), ImportState.FAILED,
                        KEY_LOST, clock.instant().getEpochSecond()));
                LOG.info(() -> "Import job " + job.id() + " was active when the platform stopped; its source's API key is"
                        + " not kept: resume it with the key");
                continue;
            }
            LOG.info(() -> "Import job " + job.id() + " was active when the platform stopped: resuming it");
            submit(job.id());
        }
    }

    public ImportPlan plan(ImportJob.Request request) {
        try (Connection connection = dataSource.getConnection()) {
            return ImportPlanner.plan(source(request.source(), request.apiKey()), settings(), connection, request.since(),
                    request.until());
        } catch (SourceException e) {
            throw new InvalidInputException("Cannot plan an import from " + request.source() + ": " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("planning an import failed", e);
        }
    }

    public ImportJob start(ImportJob.Request request) {
        source(request.source(), request.apiKey()); // a bad URL is a 400 now, not a failed job later
        long id = write(store -> store.create(request, clock.instant().getEpochSecond()));
        if (request.apiKey() != null && !request.apiKey().isBlank()) {
            keys.put(id, request.apiKey());
        }
        submit(id);
        return job(id);
    }

    public List<ImportJob> jobs() {
        return read(ImportStore::all);
    }

    public ImportJob job(long id) {
        return read(store -> store.job(id)).orElseThrow(() -> new NotFoundException("No import job " + id + "."));
    }

    /**
     * Starts a failed or cancelled job again from where it stopped; {@code apiKey}, when given, is the source's
     * key (needed after a restart of the platform for a job that reads with one).
     */
    public ImportJob resume(long id, Optional<String> apiKey) {
        ImportJob job = job(id);
        apiKey.filter(key -> !key.isBlank()).ifPresent(key -> keys.put(id, key));
        keyOf(job);
        if (running.contains(id)) {
            throw new ConflictException("Import job " + id + " is still running.");
        }
        boolean resumed = write(store -> store.transition(id, List.of(ImportState.FAILED, ImportState.CANCELLED,
                ImportState.RUNNING, ImportState.QUEUED), ImportState.QUEUED, null, clock.instant().getEpochSecond()));
        if (!resumed) {
            throw new ConflictException("Import job " + id + " is " + job.state().wireName() + ": nothing to resume.");
        }
        submit(id);
        return job(id);
    }

    /** Stops a job after its current batch; {@link #resume} goes on from there. */
    public ImportJob cancel(long id) {
        ImportJob job = job(id);
        boolean cancelled = write(store -> store.transition(id, List.of(ImportState.QUEUED, ImportState.RUNNING),
                ImportState.CANCELLED, "cancelled", clock.instant().getEpochSecond()));
        if (!cancelled) {
            throw new ConflictException("Import job " + id + " is " + job.state().wireName() + ": it cannot be cancelled.");
        }
        return job(id);
    }

    /**
     * Reads the job's source again and compares it with what is stored here (synchronously), and the
     * values of {@code sample} series picked at random.
     */
    public Verification verify(long id, int sample) {
        if (sample < 0) {
            throw new InvalidInputException("sample must be a whole number of series, 0 or more.");
        }
        ImportJob job = job(id);
        try (Connection connection = dataSource.getConnection()) {
            return ImportVerifier.verify(source(job.source(), keyOf(job)), settings(), connection, job, sample,
                    new java.util.Random());
        } catch (SourceException e) {
            throw new InvalidInputException("Cannot verify import job " + id + ": " + e.getMessage());
        } catch (SQLException | ImportStopped e) {
            throw new IllegalStateException("verifying an import failed", e);
        }
    }

    private void submit(long id) {
        if (!running.add(id)) {
            return;
        }
        ImportJob job = job(id);
        executor.submit(() -> {
            try {
                ImportState end = new ImportRun(dataSource, source(job.source(), keyOf(job)), clock, settings(), id).run();
                LOG.info(() -> "Import job " + id + ": " + end.wireName());
            } finally {
                running.remove(id);
            }
        });
    }

    private static final String KEY_LOST = "the platform restarted and the source's API key is kept in memory only:"
            + " resume the job with the key";

    /** The job's source key from memory, or none; a job that needs one this server no longer holds is a 409. */
    private String keyOf(ImportJob job) {
        if (!job.needsKey()) {
            return null;
        }
        String key = keys.get(job.id());
        if (key == null) {
            throw new ConflictException("Import job " + job.id() + " reads its source with an API key, which is kept in"
                    + " memory only and was lost with a restart: give it again (import esmond resume " + job.id()
                    + " --api-key KEY).");
        }
        return key;
    }

    private EsmondSource source(String url, String apiKey) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("from must be the URL of an esmond archive, e.g."
                    + " https://old-host/esmond/perfsonar/archive/ (got '" + url + "').");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new InvalidInputException("from must be an http or https URL of an esmond archive, e.g."
                    + " https://old-host/esmond/perfsonar/archive/ (got '" + url + "').");
        }
        ImportSettings settings = settings();
        return new EsmondSource(uri, apiKey, settings.timeout(), settings.minInterval());
    }

    private ImportSettings settings() {
        ImportSettings d = ImportSettings.DEFAULT;
        return new ImportSettings(setting("psarchive.import.metadata-limit", d.metadataLimit()),
                setting("psarchive.import.data-limit", d.dataLimit()),
                Duration.ofSeconds(setting("psarchive.import.timeout-seconds", (int) d.timeout().toSeconds())),
                Duration.ofMillis(setting("psarchive.import.min-interval-ms", (int) d.minInterval().toMillis())),
                setting("psarchive.import.max-failures", d.maxFailures()), d.backoff());
    }

    private int setting(String key, int defaultValue) {
        return config.getOptionalValue(key, Integer.class).orElse(defaultValue);
    }

    @FunctionalInterface
    private interface StoreWork<T> {
        T run(ImportStore store) throws SQLException;
    }

    private <T> T read(StoreWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new ImportStore(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("reading import jobs failed", e);
        }
    }

    private <T> T write(StoreWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return LocalTransaction.run(connection, () -> work.run(new ImportStore(connection)));
        } catch (SQLException e) {
            throw new IllegalStateException("writing an import job failed", e);
        }
    }
}
