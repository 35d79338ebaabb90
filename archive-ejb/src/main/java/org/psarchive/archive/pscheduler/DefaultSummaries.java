package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import java.util.Optional;

/**
 * {@code DEFAULT_SUMMARIES} of pScheduler's {@code esmond_util.py}, in its order: the summaries the
 * esmond archiver asks for when an archive spec gives none. Each entry repeats its event type, as
 * the archiver posts it.
 */
final class DefaultSummaries {

    private static final String AGG = "aggregation";
    private static final String STATS = "statistics";
    private static final Map<String, JsonArray> BY_EVENT_TYPE = Map.of(
            "throughput", list("throughput", "average", 86400),
            "packet-loss-rate", list("packet-loss-rate", AGG, 300, AGG, 3600, AGG, 86400),
            "packet-count-sent", list("packet-count-sent", AGG, 300, AGG, 3600, AGG, 86400),
            "packet-count-lost", list("packet-count-lost", AGG, 300, AGG, 3600, AGG, 86400),
            "packet-count-lost-bidir", list("packet-count-lost-bidir", AGG, 300, AGG, 3600, AGG, 86400),
            "histogram-owdelay", list("histogram-owdelay", AGG, 300, STATS, 300, AGG, 3600, STATS, 0, STATS, 3600,
                    AGG, 86400, STATS, 86400),
            "packet-loss-rate-bidir", list("packet-loss-rate-bidir", AGG, 3600, AGG, 86400),
            "histogram-rtt", list("histogram-rtt", STATS, 0, AGG, 3600, STATS, 3600, AGG, 86400, STATS, 86400));

    private DefaultSummaries() {
    }

    static Optional<JsonArray> of(String eventType) {
        return Optional.ofNullable(BY_EVENT_TYPE.get(eventType));
    }

    /** {@code typeAndWindow}: summary type, window, summary type, window, ... */
    private static JsonArray list(String eventType, Object... typeAndWindow) {
        JsonArrayBuilder summaries = Jsonp.createArrayBuilder();
        for (int i = 0; i < typeAndWindow.length; i += 2) {
            summaries.add(Jsonp.createObjectBuilder()
                    .add("summary-window", (Integer) typeAndWindow[i + 1])
                    .add("event-type", eventType)
                    .add("summary-type", (String) typeAndWindow[i]));
        }
        return summaries.build();
    }
}
