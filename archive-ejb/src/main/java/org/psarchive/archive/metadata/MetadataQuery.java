package org.psarchive.archive.metadata;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The WHERE clause of a metadata search, with its parameters, built once for the count and the page. */
final class MetadataQuery {

    static final int PREFIX_LENGTH = 191;

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    private MetadataQuery() {
    }

    static String prefix(String value) {
        return value.length() <= PREFIX_LENGTH ? value : value.substring(0, PREFIX_LENGTH);
    }

    static MetadataQuery of(MetadataFilter filter) {
        MetadataQuery query = new MetadataQuery();
        filter.subject().forEach((field, values) -> query.in("m." + SubjectType.column(field), values));
        query.equal("m.subject_type", filter.subjectType());
        query.equal("m.metadata_key", filter.metadataKey());
        if (filter.eventType() != null || filter.summaryType() != null || filter.summaryWindow() != null
                || filter.updatedFrom() != null || filter.updatedTo() != null) {
            query.where.append(" AND EXISTS (SELECT 1 FROM ps_series s");
            if (filter.updatedFrom() != null || filter.updatedTo() != null) {
                // a series' time-updated is kept on its event type's base series (Metadata.Series)
                query.where.append(" JOIN ps_series b ON b.metadata_id = s.metadata_id AND b.event_type = s.event_type"
                        + " AND b.summary_type = 'base' AND b.summary_window = 0");
            }
            query.where.append(" WHERE s.metadata_id = m.id");
            query.equal("s.event_type", filter.eventType());
            query.equal("s.summary_type", filter.summaryType());
            query.equal("s.summary_window", filter.summaryWindow());
            if (filter.updatedFrom() != null) {
                query.where.append(" AND b.time_updated >= ?");
                query.parameters.add(filter.updatedFrom());
            }
            if (filter.updatedTo() != null) {
                query.where.append(" AND b.time_updated <= ?");
                query.parameters.add(filter.updatedTo());
            }
            query.where.append(')');
        }
        for (Map.Entry<String, String> parameter : filter.parameters().entrySet()) {
            query.where.append(" AND EXISTS (SELECT 1 FROM ps_metadata_parameter p WHERE p.metadata_id = m.id"
                    + " AND p.name = ? AND p.value_prefix = ? AND p.param_value = ?)");
            query.parameters.add(parameter.getKey());
            query.parameters.add(prefix(parameter.getValue()));
            query.parameters.add(parameter.getValue());
        }
        return query;
    }

    /** The statement's text: {@code select}, this WHERE clause, {@code tail}. */
    String sql(String select, String tail) {
        return select + where + tail;
    }

    /** Binds the clause's parameters to a statement prepared from {@link #sql}. */
    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private void equal(String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private void in(String column, List<String> values) {
        if (values.isEmpty()) {
            where.append(" AND 1 = 0");
            return;
        }
        where.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        parameters.addAll(values);
    }
}
