package org.psarchive.archive.pscheduler;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.psarchive.platform.error.InvalidInputException;

/**
 * Works out a run's {@link Subject} as {@code EsmondBaseRecord.parse_addresses} did.
 *
 * <p>The measurement agent is the observer (the {@code x-ps-observer} header, standing for the
 * esmond archive spec's {@code measurement-agent}) or else the lead participant, in the source's
 * address family. Where that family is missing, esmond received a null agent and failed; here the
 * observer (or lead) is kept as given if it is an address literal, and the run is refused otherwise.
 */
final class Subjects {

    private final RunDocument run;
    private final Optional<String> observer;
    private final AddressFamilies families;

    Subjects(RunDocument run, Optional<String> observer, AddressFamilies families) {
        this.run = run;
        this.observer = observer.map(String::trim).filter(o -> !o.isEmpty());
        this.families = families;
    }

    /** {@code source} (or the lead participant) to {@code dest}: the usual point-to-point test. */
    Subject pointToPoint() {
        String inputSource = run.spec().containsKey("source") ? specText("source") : lead("input-source");
        String inputDestination = specText("dest");
        AddressFamilies.Pair pair = families.normalize(inputSource, inputDestination, ipVersion());
        return subject(Subject.POINT_TO_POINT, pair, inputSource, inputDestination);
    }

    /** The lead participant alone, for test types stored raw. */
    Subject networkElement() {
        String inputSource = lead("input-source");
        AddressFamilies.Pair pair = families.normalize(inputSource, inputSource, ipVersion());
        return subject(Subject.NETWORK_ELEMENT, new AddressFamilies.Pair(pair.first(), null), inputSource, null);
    }

    /** Explicit ends: disk-to-disk passes the host names of its URLs. */
    Subject pointToPoint(String inputSource, String inputDestination) {
        AddressFamilies.Pair pair = families.normalize(inputSource, inputDestination, ipVersion());
        return subject(Subject.POINT_TO_POINT, pair, inputSource, inputDestination);
    }

    /** The observer if given, else the lead participant (the esmond fallback when no agent was set). */
    String agentOrLead() {
        return observer.orElseGet(() -> lead("measurement-agent"));
    }

    /** The lead participant, or a 400 naming what it was needed for. */
    String lead(String neededFor) {
        return run.leadParticipant().orElseThrow(() -> new InvalidInputException(
                "The run has no participants, which " + neededFor + " is taken from."));
    }

    private Subject subject(String type, AddressFamilies.Pair pair, String inputSource, String inputDestination) {
        boolean pointToPoint = Subject.POINT_TO_POINT.equals(type);
        if (pair.first() == null || (pointToPoint && pair.second() == null)) {
            throw new InvalidInputException("Cannot find one IP address family for source '" + inputSource + "'"
                    + (pointToPoint ? " and destination '" + inputDestination + "'" : "")
                    + (ipVersion() == null ? "" : " (ip-version " + ipVersion() + ")") + ".");
        }
        String agentHost = agentOrLead();
        String agent = Optional.ofNullable(families.normalize(pair.first(), agentHost, null).second())
                .or(() -> AddressFamilies.literal(agentHost))
                .orElseThrow(() -> new MeasurementAgentException("The measurement agent '" + agentHost
                        + "' has no address in the family of source " + pair.first() + "."));
        return new Subject(type, pair.first(), pair.second(), inputSource, inputDestination, agent);
    }

    private String specText(String field) {
        if (run.spec().get(field) instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString();
        }
        throw new InvalidInputException("The " + run.testType() + " test spec needs '" + field + "' as a string.");
    }

    private Integer ipVersion() {
        JsonObject spec = run.spec();
        JsonValue version = spec.get("ip-version");
        return version instanceof JsonNumber number ? number.intValue() : null;
    }
}
