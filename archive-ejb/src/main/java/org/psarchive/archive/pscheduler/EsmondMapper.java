package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.psarchive.platform.error.InvalidInputException;

/**
 * Builds the esmond archiver's two bodies for a run, in the archiver's order: subject, tool,
 * duration, event types, spec parameters, flattened {@code pscheduler-reference-*}; then either
 * the mapped values of a succeeded run or {@code failures}; then {@code pscheduler-run-href} and,
 * depending on the policy, {@code pscheduler-raw}.
 */
public final class EsmondMapper {

    private static final String UNSPECIFIED_FAILURE =
            "The test failed for an unspecified reason. See the server logs of the testing host(s).";
    private static final Map<String, Supplier<TestTypeMapper>> MAPPED = Map.of(
            "throughput", ThroughputMapper::new,
            "latency", LatencyMapper::new,
            "latencybg", LatencyMapper::new,
            "rtt", RttMapper::new,
            "trace", TraceMapper::new,
            "disk-to-disk", DiskToDiskMapper::new);

    private final AddressFamilies families;
    private final DataFormattingPolicy policy;

    public EsmondMapper(AddressResolver resolver, DataFormattingPolicy policy) {
        this.families = new AddressFamilies(Objects.requireNonNull(resolver, "resolver"));
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public EsmondMapping map(RunDocument run, Optional<String> observer) {
        String type = run.testType();
        TestTypeMapper mapper = mapperFor(type);
        JsonObject spec = run.spec();
        EsmondRecord record = new EsmondRecord();
        record.parameter("pscheduler-test-type", type);
        mapper.subject(new Subjects(run, observer, families), spec).writeTo(record);
        record.parameter("tool-name", "pscheduler/" + run.toolName());
        record.parameter("time-duration", Jsonp.createValue(run.durationSeconds()));
        mapper.eventTypes(spec).forEach(record::eventType);
        run.runHref().ifPresent(href -> record.eventType("pscheduler-run-href"));
        mapper.specFields().forEach((field, parameter) -> {
            if (spec.containsKey(field)) {
                record.parameter(parameter, spec.get(field));
            }
        });
        mapper.extraParameters(spec, record);
        run.reference().ifPresent(reference -> reference.forEach((field, value) -> {
            if (!field.startsWith("_")) {
                record.flatten("pscheduler-reference-" + field, value);
            }
        }));
        JsonObject result = run.result();
        JsonObject raw = result;
        if (PyJson.truthy(result.get("succeeded"))) {
            mapper.resultFields().forEach((field, eventType) -> {
                JsonValue value = result.get(field);
                if (value != null && !(value instanceof JsonObject object && object.isEmpty())) {
                    record.value(eventType, value);
                }
            });
            mapper.extraValues(spec, result, record);
            raw = mapper.rawView(spec, result);
        } else {
            record.value("failures", Jsonp.createObjectBuilder().add("error", PyJson.truthy(result.get("error"))
                    ? result.get("error") : Jsonp.createValue(UNSPECIFIED_FAILURE)).build());
        }
        run.runHref().ifPresent(href -> record.value("pscheduler-run-href",
                Jsonp.createObjectBuilder().add("href", href).build()));
        // pscheduler-raw: the esmond archiver adds it under mapped-and-raw, and always for
        // disk-to-disk; the raw fallback (unmapped test types, raw-only) holds it already. Under its
        // default prefer-mapped, throughput, latency, latencybg, rtt and trace runs carry no raw copy.
        if (!mapper.isRaw() && (mapper.alwaysRaw() || policy == DataFormattingPolicy.MAPPED_AND_RAW)) {
            record.eventType("pscheduler-raw");
            record.value("pscheduler-raw", raw);
        }
        return new EsmondMapping(run.runId(), record.metadata(), record.data(run.startEpochSeconds()));
    }

    private TestTypeMapper mapperFor(String type) {
        if (policy == DataFormattingPolicy.RAW_ONLY) {
            return new RawMapper(type);
        }
        Supplier<TestTypeMapper> mapped = MAPPED.get(type);
        if (mapped != null) {
            return mapped.get();
        }
        if (policy == DataFormattingPolicy.MAPPED_ONLY) {
            throw new InvalidInputException("Test type '" + type + "' has no esmond mapping, and the policy is "
                    + policy.wireName() + ".");
        }
        return new RawMapper(type);
    }
}
