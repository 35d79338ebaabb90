package org.psarchive.archive.pscheduler;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * {@code EsmondRawRecord}: any test type without a mapping (and every type under
 * {@code raw-only}). A network element (the lead participant), the spec flattened into
 * {@code pscheduler-<type>-<field>} parameters, and the result whole as {@code pscheduler-raw}.
 * Only {@code pscheduler-raw} is registered, so a failed run's {@code failures} value is sent but
 * esmond drops it.
 */
final class RawMapper implements TestTypeMapper {

    private final String testType;

    RawMapper(String testType) {
        this.testType = testType;
    }

    @Override
    public List<String> eventTypes(JsonObject spec) {
        return List.of("pscheduler-raw");
    }

    @Override
    public void extraParameters(JsonObject spec, EsmondRecord record) {
        spec.forEach((field, value) -> record.flatten("pscheduler-" + testType + "-" + field, value));
    }

    @Override
    public void extraValues(JsonObject spec, JsonObject result, EsmondRecord record) {
        record.value("pscheduler-raw", result);
    }

    @Override
    public Subject subject(Subjects subjects, JsonObject spec) {
        return subjects.networkElement();
    }

    @Override
    public boolean isRaw() {
        return true;
    }
}
