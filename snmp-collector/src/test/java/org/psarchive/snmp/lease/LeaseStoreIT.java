package org.psarchive.snmp.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.platform.db.ConfiguredDataSource;
import org.psarchive.platform.db.DatabaseSettings;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * {@link LeaseStore} on the real MariaDB (a database of its own, dropped after) and on the embedded H2:
 * two nodes (two store users with different node ids) never both hold a target; expiry and release hand
 * a target over; renewal keeps it. Time is given, never waited for. Each test makes targets of its own
 * and looks only at them (a node claims every free enabled target in the database).
 */
class LeaseStoreIT {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mariadb://127.0.0.1:3306");
    private static final String DATABASE = "psarchive_it_leases_" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration LEASE = Duration.ofSeconds(90);
    private static DataSource mariaDb;
    private static DataSource h2;
    private static Path h2Directory;
    /** Keeps the H2 file database open between the tests' connections (each would reopen it: 2 s). */
    private static Connection h2Open;

    private final Instant t0 = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(UUID.randomUUID().hashCode() & 0xffff);

    @BeforeAll
    static void migrate() throws Exception {
        mariaDb = dataSource(DATABASE + "?createDatabaseIfNotExist=true");
        SchemaMigrator.flyway(mariaDb, null).migrate();
        h2Directory = Files.createTempDirectory("psarchive-lease-h2");
        h2 = new ConfiguredDataSource(DatabaseSettings.embedded(h2Directory));
        SchemaMigrator.flyway(h2, null).migrate();
        h2Open = h2.getConnection();
    }

    @AfterAll
    static void drop() throws Exception {
        h2Open.close();
        try (Connection connection = dataSource("").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        try (Stream<Path> files = Files.walk(h2Directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static List<String> kinds() {
        return List.of("mariadb", "h2");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTargetHeldByOneNodeIsNotTakenByAnother(String kind) throws SQLException {
        LeaseStore store = new LeaseStore(db(kind));
        Set<String> mine = targets(kind, 3);
        NodeId a = node("a");
        NodeId b = node("b");

        assertEquals(mine, only(mine, store.claim(a, t0, t0.plus(LEASE))));
        assertEquals(Set.of(), only(mine, store.claim(b, t0.plusSeconds(1), t0.plusSeconds(1).plus(LEASE))));

        assertEquals(mine, only(mine, store.held(a, t0.plusSeconds(2))));
        assertEquals(Set.of(), only(mine, store.held(b, t0.plusSeconds(2))));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void renewalKeepsTheLeaseBeyondItsFirstExpiry(String kind) throws SQLException {
        LeaseStore store = new LeaseStore(db(kind));
        Set<String> mine = targets(kind, 2);
        NodeId a = node("a");
        NodeId b = node("b");
        store.claim(a, t0, t0.plus(LEASE));

        Instant renewal = t0.plusSeconds(60);
        assertEquals(mine, only(mine, store.claim(a, renewal, renewal.plus(LEASE))));

        Instant afterFirstExpiry = t0.plus(LEASE).plusSeconds(10);
        assertEquals(Set.of(), only(mine, store.claim(b, afterFirstExpiry, afterFirstExpiry.plus(LEASE))));
        assertEquals(mine, only(mine, store.held(a, afterFirstExpiry)));
        for (Lease lease : leasesOf(store, mine)) {
            assertEquals(a, lease.node());
            assertEquals(t0, lease.claimed(), "a renewal keeps the time the node took the target");
            assertEquals(renewal.plus(LEASE), lease.expires());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anExpiredLeaseIsTakenOverAndItsFormerHolderLosesIt(String kind) throws SQLException {
        LeaseStore store = new LeaseStore(db(kind));
        Set<String> mine = targets(kind, 3);
        NodeId a = node("a");
        NodeId b = node("b");
        store.claim(a, t0, t0.plus(LEASE));

        Instant expiry = t0.plus(LEASE);
        assertEquals(mine, only(mine, store.claim(b, expiry, expiry.plus(LEASE))));

        assertEquals(Set.of(), only(mine, store.claim(a, expiry.plusSeconds(1), expiry.plusSeconds(1).plus(LEASE))),
                "the former holder, late to renew, gets nothing back");
        assertEquals(mine, only(mine, store.held(b, expiry.plusSeconds(1))));
        for (Lease lease : leasesOf(store, mine)) {
            assertEquals(expiry, lease.claimed(), "taken over at the expiry");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aReleasedTargetIsTakenAtOnce(String kind) throws SQLException {
        LeaseStore store = new LeaseStore(db(kind));
        Set<String> mine = targets(kind, 2);
        NodeId a = node("a");
        NodeId b = node("b");
        store.claim(a, t0, t0.plus(LEASE));

        assertTrue(store.release(a) >= mine.size());

        assertEquals(Set.of(), only(mine, store.held(a, t0.plusSeconds(1))));
        assertEquals(mine, only(mine, store.claim(b, t0.plusSeconds(1), t0.plusSeconds(1).plus(LEASE))));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDisabledTargetIsNeitherClaimedNorRenewed(String kind) throws SQLException {
        LeaseStore store = new LeaseStore(db(kind));
        Set<String> mine = targets(kind, 1);
        String target = mine.iterator().next();
        NodeId a = node("a");
        store.claim(a, t0, t0.plus(LEASE));
        setEnabled(kind, target, false);

        store.claim(a, t0.plusSeconds(60), t0.plusSeconds(60).plus(LEASE));

        assertEquals(t0.plus(LEASE), leasesOf(store, mine).get(0).expires(), "not renewed");
        Set<String> disabled = Set.of(target(kind, false));
        assertEquals(Set.of(), only(disabled, store.claim(a, t0, t0.plus(LEASE))));
        assertTrue(leasesOf(store, disabled).isEmpty());
    }

    /** Nodes claiming at the same instant, on free targets then on expired ones: every target has one holder. */
    @ParameterizedTest
    @MethodSource("kinds")
    void nodesRacingForTheSameTargetsNeverShareOne(String kind) throws Exception {
        LeaseStore store = new LeaseStore(db(kind));
        Set<String> mine = targets(kind, 20);
        List<NodeId> nodes = List.of(node("r1"), node("r2"), node("r3"), node("r4"));
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            for (int round = 0; round < 5; round++) {
                Instant now = t0.plus(LEASE.multipliedBy(2L * round)); // every earlier lease has expired
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Set<String>>> claims = new ArrayList<>();
                for (NodeId node : nodes) {
                    Callable<Set<String>> claim = () -> {
                        start.await();
                        try {
                            return only(mine, store.claim(node, now, now.plus(LEASE)));
                        } catch (SQLException e) {
                            return only(mine, store.held(node, now)); // lost a deadlock: holds what it held
                        }
                    };
                    claims.add(threads.submit(claim));
                }
                start.countDown();
                Set<String> seen = new HashSet<>();
                for (Future<Set<String>> claim : claims) {
                    for (String target : claim.get(30, TimeUnit.SECONDS)) {
                        assertTrue(seen.add(target), "round " + round + ": " + target + " held by two nodes");
                    }
                }
                for (NodeId node : nodes) {
                    seen.removeAll(only(mine, store.held(node, now)));
                }
                assertEquals(Set.of(), seen, "round " + round + ": what the claims answered is what the nodes hold");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Lease> leasesOf(LeaseStore store, Set<String> targets) throws SQLException {
        return store.leases().stream().filter(lease -> targets.contains(lease.target())).toList();
    }

    private static Set<String> only(Set<String> targets, Set<String> held) {
        Set<String> kept = new HashSet<>(held);
        kept.retainAll(targets);
        return kept;
    }

    private static NodeId node(String role) {
        return new NodeId("it-" + role + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Set<String> targets(String kind, int count) throws SQLException {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            names.add(target(kind, true));
        }
        return names;
    }

    /** A v2c target row as the V9 fixture writes it (the community is never opened here). */
    private static String target(String kind, boolean enabled) throws SQLException {
        String name = "lease-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = db(kind).getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO snmp_target (name, host, port, snmp_version, community, poll_interval_s, include_globs,"
                        + " exclude_globs, enabled, created_at, updated_at) VALUES (?, '192.0.2.1', 161, 'v2c', 'v1:AAAA',"
                        + " 30, '[]', '[]', ?, ?, ?)")) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            insert.setString(1, name);
            insert.setBoolean(2, enabled);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.executeUpdate();
        }
        return name;
    }

    private static void setEnabled(String kind, String name, boolean enabled) throws SQLException {
        try (Connection connection = db(kind).getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE snmp_target SET enabled = ? WHERE name = ?")) {
            update.setBoolean(1, enabled);
            update.setString(2, name);
            update.executeUpdate();
        }
    }

    private static DataSource db(String kind) {
        return kind.equals("mariadb") ? mariaDb : h2;
    }

    private static DataSource dataSource(String path) throws SQLException {
        return new ConfiguredDataSource(new DatabaseSettings(SERVER + "/" + path,
                System.getProperty("it.db.user", "root"), System.getProperty("it.db.password", "")));
    }
}
