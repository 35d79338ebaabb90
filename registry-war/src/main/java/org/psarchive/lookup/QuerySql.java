package org.psarchive.lookup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns query conditions into a SQL condition over {@code lookup_record r}: each data key becomes a
 * semi-join on {@code lookup_value}'s (key, value) index, so a query's cost follows its matches, not
 * the number of records. Values longer than the indexed 512 characters are compared by their indexed
 * prefix here and exactly afterwards ({@link LookupQuery#matches}).
 */
final class QuerySql {

    static final int INDEXED_LENGTH = 512;

    /** Keys whose values rarely repeat: the best to drive a query from. */
    private static final List<String> SELECTIVE_KEYS = List.of("client-uuid", "host-name", "service-locator",
            "interface-addresses", "service-host", "person-emails");

    final StringBuilder sql = new StringBuilder();
    final List<Object> parameters = new ArrayList<>();
    /** The exact (key, value) the query is driven from, when it has one: its index range is in record order. */
    private KeyCondition driver;
    private String driverValue;

    /** {@code conditions} joined with AND (or OR with {@code anyKey}); {@code TRUE} when there are none. */
    static QuerySql of(List<KeyCondition> conditions, boolean anyKey) {
        QuerySql query = new QuerySql();
        if (!anyKey) {
            query.chooseDriver(conditions);
        }
        if (conditions.isEmpty()) {
            query.sql.append("1=1");
            return query;
        }
        query.sql.append('(');
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                query.sql.append(anyKey ? " OR " : " AND ");
            }
            query.condition(conditions.get(i));
        }
        query.sql.append(')');
        return query;
    }

    /**
     * The statement selecting {@code columns} of the live records that match, in record order, one page.
     * Driven from an exact (key, value) pair when the query has one, so that MariaDB reads only that
     * pair's index range, which is already in record order, instead of walking every record in id
     * order looking for matches (what {@code ORDER BY id LIMIT} invites the optimizer to do).
     */
    Statement select(String columns, long now, int limit, int offset) {
        List<Object> bound = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT ").append(columns);
        if (driver != null) {
            select.append(" FROM lookup_value d JOIN lookup_record r ON r.id = d.record_id WHERE d.rkey = ? AND d.rvalue = ? AND ");
            bound.add(driver.key());
            bound.add(indexed(driverValue));
        } else {
            select.append(" FROM lookup_record r WHERE ");
        }
        select.append("r.expires_at > ? AND ").append(sql)
                .append(" ORDER BY ").append(driver != null ? "d.record_id" : "r.id")
                .append(" LIMIT ").append(limit).append(" OFFSET ").append(offset);
        bound.add(now);
        bound.addAll(parameters);
        return new Statement(select.toString(), bound);
    }

    /**
     * The live records holding the driving (key, value) pair, up to {@code limit}, for the caller to
     * match in Java; empty when the query has no exact pair to drive from. One index range and no
     * semi-joins: with a semi-join per key, MariaDB spent more time planning the duplicate rule's query
     * than running it (about 1.2 against 0.6 ms for a service record).
     */
    Optional<Statement> candidates(String columns, long now, int limit) {
        if (driver == null) {
            return Optional.empty();
        }
        return Optional.of(new Statement("SELECT " + columns + " FROM lookup_value d JOIN lookup_record r"
                + " ON r.id = d.record_id WHERE d.rkey = ? AND d.rvalue = ? AND r.expires_at > ? ORDER BY d.record_id"
                + " LIMIT " + limit, List.of(driver.key(), indexed(driverValue), now)));
    }

    /** SQL text and its parameters. */
    record Statement(String sql, List<Object> parameters) {
    }

    private void chooseDriver(List<KeyCondition> conditions) {
        List<KeyCondition> candidates = conditions.stream()
                .filter(c -> RecordColumns.columnOf(c.key()) == null && !c.any()
                        && c.values().stream().anyMatch(v -> c.matchOf(v) == KeyCondition.Match.EXACT))
                .toList();
        driver = candidates.stream().filter(c -> SELECTIVE_KEYS.contains(c.key())).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        if (driver != null) {
            driverValue = driver.values().stream().filter(v -> driver.matchOf(v) == KeyCondition.Match.EXACT)
                    .findFirst().orElseThrow();
        }
    }

    /** The part of a value lookup_value indexes. */
    static String indexed(String value) {
        return value.length() <= INDEXED_LENGTH ? value : value.substring(0, INDEXED_LENGTH);
    }

    private void condition(KeyCondition condition) {
        String column = RecordColumns.columnOf(condition.key());
        List<String> values = condition.values();
        sql.append('(');
        if (column != null) {
            for (int i = 0; i < values.size(); i++) {
                sql.append(i == 0 ? "" : condition.any() ? " OR " : " AND ");
                columnMatch(column, condition, values.get(i));
            }
        } else if (condition.any()) {
            sql.append("r.id IN (SELECT v.record_id FROM lookup_value v WHERE v.rkey = ? AND (");
            parameters.add(condition.key());
            for (int i = 0; i < values.size(); i++) {
                sql.append(i == 0 ? "" : " OR ");
                valueMatch("v.rvalue", condition, values.get(i));
            }
            sql.append("))");
        } else {
            boolean first = true;
            for (String value : values) {
                if (condition == driver && value.equals(driverValue)) {
                    continue; // the join on the driving pair already holds it
                }
                sql.append(first ? "" : " AND ");
                first = false;
                sql.append("r.id IN (SELECT v.record_id FROM lookup_value v WHERE v.rkey = ? AND ");
                parameters.add(condition.key());
                valueMatch("v.rvalue", condition, value);
                sql.append(')');
            }
            if (first) {
                sql.append("1=1");
            }
        }
        sql.append(')');
    }

    private void valueMatch(String column, KeyCondition condition, String value) {
        String stem = condition.stem(value);
        switch (condition.matchOf(value)) {
            case EXACT -> {
                sql.append(column).append(" = ?");
                parameters.add(indexed(stem));
            }
            case PREFIX -> like(column, escaped(indexed(stem)) + "%");
            case SUFFIX -> like(column, "%" + escaped(stem));
            case CONTAINS -> like(column, "%" + escaped(stem) + "%");
        }
    }

    private void columnMatch(String column, KeyCondition condition, String value) {
        switch (condition.key()) {
            case "uri" -> {
                // a uri names its record by uuid; wildcards on uris are not worth an index
                String uuid = RecordUri.parse(value).map(RecordUri::uuid).orElse(null);
                if (uuid == null) {
                    sql.append("1=0");
                } else {
                    sql.append(column).append(" = ?");
                    parameters.add(uuid);
                }
            }
            case "expires" -> {
                try {
                    long millis = Instant.parse(value).toEpochMilli();
                    sql.append(column).append(" = ?");
                    parameters.add(millis);
                } catch (DateTimeParseException e) {
                    sql.append("1=0");
                }
            }
            default -> valueMatch(column, condition, value);
        }
    }

    private void like(String column, String pattern) {
        sql.append(column).append(" LIKE ? ESCAPE '!'");
        parameters.add(pattern);
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
