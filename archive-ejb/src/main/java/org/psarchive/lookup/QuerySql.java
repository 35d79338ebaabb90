package org.psarchive.lookup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns query conditions into a SQL condition over {@code lookup_record r}: each data key becomes a
 * semi-join on {@code lookup_value}'s (key, value) index, so a query's cost follows its matches, not
 * the number of records. Values longer than the indexed 512 characters are compared by their indexed
 * prefix here and exactly afterwards ({@link LookupQuery#matches}).
 */
final class QuerySql {

    static final int INDEXED_LENGTH = 512;

    final StringBuilder sql = new StringBuilder();
    final List<Object> parameters = new ArrayList<>();

    /** {@code conditions} joined with AND (or OR with {@code anyKey}); {@code TRUE} when there are none. */
    static QuerySql of(List<KeyCondition> conditions, boolean anyKey) {
        QuerySql query = new QuerySql();
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
            for (int i = 0; i < values.size(); i++) {
                sql.append(i == 0 ? "" : " AND ");
                sql.append("r.id IN (SELECT v.record_id FROM lookup_value v WHERE v.rkey = ? AND ");
                parameters.add(condition.key());
                valueMatch("v.rvalue", condition, values.get(i));
                sql.append(')');
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
