package org.psarchive.archive.importer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.psarchive.archive.eventtype.DataType;
import org.psarchive.archive.eventtype.SummaryType;

/**
 * A point read from esmond as it is stored here, copied and not recomputed: esmond answers integers as
 * floats ({@code 9400000000.0}: stored as the integer), averages as their mean (stored as a sum of one),
 * percentages as a ratio alone (rebuilt from the record's packet counts at the same time where they
 * exist and agree, else stored as ratio/1), documents (histograms, statistics, subintervals, json) as
 * they were answered.
 */
final class PointMapping {

    /** The packet counts a percentage may be rebuilt from, by time: numerators and denominators. */
    record Counts(Map<Long, Double> lost, Map<Long, Double> sent) {
        static final Counts NONE = new Counts(Map.of(), Map.of());
    }

    /** esmond stored floats with 4 decimals; a ratio rebuilt from counts must agree with it that closely. */
    private static final double RATIO_TOLERANCE = 1e-4;

    private PointMapping() {
    }

    /** The point to store, or empty for a null value (esmond answers null where it has nothing). */
    static Optional<ImportStore.Point> point(DataType dataType, SummaryType summaryType, long ts, JsonValue value,
            Counts counts) {
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (summaryType == SummaryType.STATISTICS || dataType == DataType.HISTOGRAM || dataType == DataType.SUBINTERVAL
                || dataType == DataType.JSON) {
            return Optional.of(new ImportStore.Point(ts, null, null, null, value.toString()));
        }
        if (!(value instanceof JsonNumber number)) {
            throw new IllegalArgumentException("a " + dataType.wireName() + " value that is not a number at " + ts);
        }
        double v = number.doubleValue();
        if (summaryType == SummaryType.AVERAGE) {
            return Optional.of(new ImportStore.Point(ts, v, null, 1L, null));
        }
        return Optional.of(switch (dataType) {
            case INTEGER -> new ImportStore.Point(ts, (double) Math.round(v), null, null, null);
            case PERCENTAGE -> ratio(ts, v, counts);
            default -> new ImportStore.Point(ts, v, null, null, null);
        });
    }

    private static ImportStore.Point ratio(long ts, double ratio, Counts counts) {
        Double lost = counts.lost().get(ts);
        Double sent = counts.sent().get(ts);
        if (lost != null && sent != null && sent > 0 && Math.abs(lost / sent - ratio) <= RATIO_TOLERANCE) {
            return new ImportStore.Point(ts, lost, sent, null, null);
        }
        return new ImportStore.Point(ts, ratio, 1.0, null, null);
    }

    /** The count event types a percentage event type is rebuilt from: (lost, sent). */
    static Optional<String[]> countsOf(String percentageEventType) {
        return switch (percentageEventType) {
            case "packet-loss-rate" -> Optional.of(new String[] {"packet-count-lost", "packet-count-sent"});
            case "packet-loss-rate-bidir" -> Optional.of(new String[] {"packet-count-lost-bidir", "packet-count-sent"});
            default -> Optional.empty();
        };
    }
}
