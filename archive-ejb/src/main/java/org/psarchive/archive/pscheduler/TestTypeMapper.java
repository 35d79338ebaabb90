package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one test type adds to the common esmond record: one implementation per record class of
 * pScheduler's {@code esmond_util.py}. Maps are ordered, since their order is the order of the
 * values in the data body.
 */
interface TestTypeMapper {

    /** {@code get_event_types}: registered in the metadata, in this order. */
    List<String> eventTypes(JsonObject spec);

    /** {@code get_metadata_field_map}: spec field to metadata parameter, copied as given. */
    default Map<String, String> specFields() {
        return Map.of();
    }

    /** {@code add_additional_metadata}. */
    default void extraParameters(JsonObject spec, EsmondRecord record) {
    }

    /** {@code get_data_field_map}: result field to event type, for a succeeded run. */
    default Map<String, String> resultFields() {
        return Map.of();
    }

    /** {@code add_additional_data}, for a succeeded run. */
    default void extraValues(JsonObject spec, JsonObject result, EsmondRecord record) {
    }

    /** {@code parse_addresses}. */
    default Subject subject(Subjects subjects, JsonObject spec) {
        return subjects.pointToPoint();
    }

    /** The result as pscheduler-raw holds it after this mapper ran (throughput sorts its streams). */
    default JsonObject rawView(JsonObject spec, JsonObject result) {
        return result;
    }

    /** The archiver stores pscheduler-raw for this test type under every policy (disk-to-disk). */
    default boolean alwaysRaw() {
        return false;
    }

    /** This is the raw fallback itself, which already holds pscheduler-raw. */
    default boolean isRaw() {
        return false;
    }

    /** Spec durations (ISO 8601, when truthy) as parameters in seconds, as {@code iso8601_to_seconds}. */
    static void durations(JsonObject spec, Map<String, String> fields, EsmondRecord record) {
        fields.forEach((field, parameter) -> {
            if (PyJson.truthy(spec.get(field))) {
                double seconds = JsonMembers.seconds(spec.get(field), "test.spec." + field);
                record.parameter(parameter, Jsonp.createValue(seconds));
            }
        });
    }

    /** An ordered map from {@code key, value, key, value, ...}. */
    static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
