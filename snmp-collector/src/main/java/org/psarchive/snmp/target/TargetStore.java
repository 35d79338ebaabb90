package org.psarchive.snmp.target;

import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.PrivProtocol;

/**
 * The SQL of {@code snmp_target} and its row mapping: typed rows in and out, nothing else (the rules are
 * {@link TargetRules}', the transactions the caller's). Each method takes a connection of the data source
 * given, which joins the caller's container transaction when there is one. Times are UTC.
 */
public final class TargetStore {

    private static final String COLUMNS = "id, name, host, port, snmp_version, v3_user, auth_protocol, priv_protocol,"
            + " community, auth_password, priv_password, poll_interval_s, include_globs, exclude_globs, enabled,"
            + " created_at, updated_at";

    private final DataSource dataSource;

    public TargetStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StoredTarget> find(TargetName name) throws SQLException {
        List<StoredTarget> found = query("SELECT " + COLUMNS + " FROM snmp_target WHERE name = ?", name.value());
        return found.stream().findFirst();
    }

    /** Every target, by name. */
    public List<StoredTarget> list() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM snmp_target ORDER BY name");
    }

    /** The enabled targets, by name. */
    public List<StoredTarget> enabled() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM snmp_target WHERE enabled = TRUE ORDER BY name");
    }

    /** Inserts a new target and returns it with its id; a name taken already is a {@link ConflictException}. */
    public StoredTarget insert(StoredTarget target) throws SQLException {
        String sql = "INSERT INTO snmp_target (name, host, port, snmp_version, v3_user, auth_protocol, priv_protocol,"
                + " community, auth_password, priv_password, poll_interval_s, include_globs, exclude_globs, enabled,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, target.name().value());
            int next = bindSettings(insert, 2, target);
            insert.setObject(next, utc(target.created()));
            insert.setObject(next + 1, utc(target.updated()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for snmp_target " + target.name());
                }
                return target.withId(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                throw new ConflictException("An SNMP target named '" + target.name() + "' exists already.");
            }
            throw e;
        }
    }

    /** Replaces every setting of the target of that name (not its name, id or creation time); false if none. */
    public boolean update(StoredTarget target) throws SQLException {
        String sql = "UPDATE snmp_target SET host = ?, port = ?, snmp_version = ?, v3_user = ?, auth_protocol = ?,"
                + " priv_protocol = ?, community = ?, auth_password = ?, priv_password = ?, poll_interval_s = ?,"
                + " include_globs = ?, exclude_globs = ?, enabled = ?, updated_at = ? WHERE name = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            int next = bindSettings(update, 1, target);
            update.setObject(next, utc(target.updated()));
            update.setString(next + 1, target.name().value());
            return update.executeUpdate() == 1;
        }
    }

    public boolean setEnabled(TargetName name, boolean enabled, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE snmp_target SET enabled = ?, updated_at = ? WHERE name = ?")) {
            update.setBoolean(1, enabled);
            update.setObject(2, utc(at));
            update.setString(3, name.value());
            return update.executeUpdate() == 1;
        }
    }

    public boolean delete(TargetName name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM snmp_target WHERE name = ?")) {
            delete.setString(1, name.value());
            return delete.executeUpdate() == 1;
        }
    }

    /** How many sealed secrets are stored: a new key must never be made while this is above 0. */
    public long sealedSecrets() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(community) + COUNT(auth_password)"
                        + " + COUNT(priv_password) FROM snmp_target")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int bindSettings(PreparedStatement statement, int first, StoredTarget target) throws SQLException {
        int i = first;
        statement.setString(i++, target.host().value());
        statement.setInt(i++, target.port());
        statement.setString(i++, target.version().wireName());
        setNullable(statement, i++, target.user());
        setNullable(statement, i++, target.auth() == null ? null : TargetFields.wireName(target.auth()));
        setNullable(statement, i++, target.priv() == null ? null : TargetFields.wireName(target.priv()));
        setNullable(statement, i++, target.secrets().community());
        setNullable(statement, i++, target.secrets().authPassword());
        setNullable(statement, i++, target.secrets().privPassword());
        statement.setInt(i++, target.intervalSeconds());
        statement.setString(i++, Jsonp.createArrayBuilder(target.include()).build().toString());
        statement.setString(i++, Jsonp.createArrayBuilder(target.exclude()).build().toString());
        statement.setBoolean(i++, target.enabled());
        return i;
    }

    private List<StoredTarget> query(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<StoredTarget> targets = new ArrayList<>();
                while (rows.next()) {
                    targets.add(row(rows));
                }
                return targets;
            }
        }
    }

    private static StoredTarget row(ResultSet rows) throws SQLException {
        String auth = rows.getString("auth_protocol");
        String priv = rows.getString("priv_protocol");
        AuthProtocol authProtocol = auth == null ? null : TargetFields.authProtocol(auth);
        PrivProtocol privProtocol = priv == null ? null : TargetFields.privProtocol(priv);
        return new StoredTarget(rows.getLong("id"), new TargetName(rows.getString("name")),
                new TargetHost(rows.getString("host")), rows.getInt("port"),
                SnmpVersion.parse(rows.getString("snmp_version")), rows.getString("v3_user"), authProtocol, privProtocol,
                new SealedSecrets(rows.getString("community"), rows.getString("auth_password"),
                        rows.getString("priv_password")),
                rows.getInt("poll_interval_s"), strings(rows.getString("include_globs")),
                strings(rows.getString("exclude_globs")), rows.getBoolean("enabled"),
                instant(rows, "created_at"), instant(rows, "updated_at"));
    }

    private static List<String> strings(String json) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
