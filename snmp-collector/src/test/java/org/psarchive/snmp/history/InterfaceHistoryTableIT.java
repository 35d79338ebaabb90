package org.psarchive.snmp.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * {@link InterfaceHistoryTable} on the real MariaDB (a database of its own, migrated by Flyway, dropped
 * after) and on the embedded H2: periods opened, kept, closed and reopened as descriptions change, and no
 * write when nothing does.
 */
class InterfaceHistoryTableIT {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mariadb://127.0.0.1:3306");
    private static final String DATABASE = "psarchive_it_ifhistory_" + UUID.randomUUID().toString().substring(0, 8);
    private static DataSource mariaDb;
    private static DataSource h2;
    private static Path h2Directory;

    private static final InterfaceState LO = new InterfaceState(1, "lo", "lo", "", 10_000_000);
    private static final InterfaceState XE = new InterfaceState(3, "xe-0/0/0", "xe-0/0/0", "to the campus", 10_000_000_000L);

    @BeforeAll
    static void migrate() throws Exception {
        mariaDb = mariaDb(DATABASE + "?createDatabaseIfNotExist=true");
        SchemaMigrator.flyway(mariaDb, null).migrate();
        h2Directory = Files.createTempDirectory("ifhistory");
        h2 = new ConfiguredDataSource(DatabaseSettings.embedded(h2Directory));
        SchemaMigrator.flyway(h2, null).migrate();
    }

    @AfterAll
    static void drop() throws Exception {
        try (Connection connection = mariaDb("").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        try (Stream<Path> files = Files.walk(h2Directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    static Stream<String> databases() {
        return Stream.of("mariadb", "h2");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theFirstPollOpensAPeriodPerInterface(String kind) throws SQLException {
        String target = unique();
        InterfaceHistoryTable.Change change = inTable(kind, t -> t.record(target, List.of(LO, XE), 1000));

        assertEquals(new InterfaceHistoryTable.Change(0, 2), change);
        List<InterfacePeriod> periods = inTable(kind, t -> t.periods(target));
        assertEquals(List.of(new InterfacePeriod(target, LO, 1000, null), new InterfacePeriod(target, XE, 1000, null)), periods);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unchangedDescriptionsWriteNothing(String kind) throws SQLException {
        String target = unique();
        inTable(kind, t -> t.record(target, List.of(LO, XE), 1000));

        assertTrue(inTable(kind, t -> t.record(target, List.of(XE, LO), 2000)).none());
        assertEquals(2, inTable(kind, t -> t.periods(target)).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangedAliasOrSpeedClosesThePeriodAndOpensAnother(String kind) throws SQLException {
        String target = unique();
        inTable(kind, t -> t.record(target, List.of(LO, XE), 1000));
        InterfaceState upgraded = new InterfaceState(3, "xe-0/0/0", "xe-0/0/0", "to the campus (100G)", 100_000_000_000L);

        assertEquals(new InterfaceHistoryTable.Change(1, 1), inTable(kind, t -> t.record(target, List.of(LO, upgraded), 2000)));

        assertEquals(List.of(new InterfacePeriod(target, XE, 1000, 2000L), new InterfacePeriod(target, upgraded, 2000, null)),
                inTable(kind, t -> t.periods(target, "xe-0/0/0")));
        assertEquals(List.of(new InterfacePeriod(target, LO, 1000, null)), inTable(kind, t -> t.periods(target, "lo")));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRemovedInterfaceIsClosedAndARenamedOneStartsUnderItsNewName(String kind) throws SQLException {
        String target = unique();
        inTable(kind, t -> t.record(target, List.of(LO, XE), 1000));
        InterfaceState renamed = new InterfaceState(1, "lo0", "lo0", "", 10_000_000);

        assertEquals(new InterfaceHistoryTable.Change(2, 1), inTable(kind, t -> t.record(target, List.of(renamed), 3000)));

        List<InterfacePeriod> periods = inTable(kind, t -> t.periods(target));
        assertEquals(List.of(new InterfacePeriod(target, LO, 1000, 3000L), new InterfacePeriod(target, renamed, 3000, null),
                new InterfacePeriod(target, XE, 1000, 3000L)), periods);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void targetsGiveTheirFirstBeginAndAnOpenEndWhileAPeriodIsOpen(String kind) throws SQLException {
        String open = unique();
        String closed = unique();
        inTable(kind, t -> t.record(open, List.of(LO), 1000));
        inTable(kind, t -> t.record(closed, List.of(LO), 500));
        inTable(kind, t -> t.record(closed, List.of(new InterfaceState(1, "lo", "lo", "", 1)), 700));
        inTable(kind, t -> t.record(closed, List.of(), 900)); // every interface gone

        Map<String, long[]> spans = inTable(kind, InterfaceHistoryTable::targets);
        assertEquals(List.of(1000L, Long.MAX_VALUE), List.of(spans.get(open)[0], spans.get(open)[1]));
        assertEquals(List.of(500L, 900L), List.of(spans.get(closed)[0], spans.get(closed)[1]));
        long[] openSpan = inTable(kind, t -> t.span(open));
        long[] closedSpan = inTable(kind, t -> t.span(closed));
        assertEquals(List.of(1000L, Long.MAX_VALUE), List.of(openSpan[0], openSpan[1]));
        assertEquals(List.of(500L, 900L), List.of(closedSpan[0], closedSpan[1]));
        assertNull(inTable(kind, t -> t.span(unique())), "no history, no span");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aThousandInterfacesGoInOneStatementAndKeepTheirOrder(String kind) throws SQLException {
        String target = unique();
        List<InterfaceState> many = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            many.add(new InterfaceState(i, String.format("ge-%04d", i), "ge " + i, "x".repeat(300), 1_000_000_000L));
        }
        assertEquals(new InterfaceHistoryTable.Change(0, 1000), inTable(kind, t -> t.record(target, many, 1000)));
        List<InterfacePeriod> periods = inTable(kind, t -> t.periods(target));
        assertEquals(1000, periods.size());
        assertEquals(InterfaceState.MAX_TEXT, periods.get(0).state().ifAlias().length(), "a long alias is cut to the column");
        assertTrue(inTable(kind, t -> t.record(target, many, 2000)).none());
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(InterfaceHistoryTable table) throws SQLException;
    }

    private static <T> T inTable(String kind, Work<T> work) throws SQLException {
        try (Connection connection = (kind.equals("h2") ? h2 : mariaDb).getConnection()) {
            return work.run(new InterfaceHistoryTable(connection));
        }
    }

    private static String unique() {
        return "rtr-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static DataSource mariaDb(String path) throws SQLException {
        return new ConfiguredDataSource(new DatabaseSettings(SERVER + "/" + path,
                System.getProperty("it.db.user", "root"), System.getProperty("it.db.password", "")));
    }
}
