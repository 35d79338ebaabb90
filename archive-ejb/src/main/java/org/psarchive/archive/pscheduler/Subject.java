package org.psarchive.archive.pscheduler;

/**
 * The esmond subject of a run: {@code point-to-point} with a destination, or
 * {@code network-element} without one. Addresses are normalised IP literals; the input fields
 * are the names as the test spec (or participant list) gave them.
 */
record Subject(String subjectType, String source, String destination, String inputSource,
        String inputDestination, String measurementAgent) {

    static final String POINT_TO_POINT = "point-to-point";
    static final String NETWORK_ELEMENT = "network-element";

    void writeTo(EsmondRecord record) {
        record.parameter("subject-type", subjectType);
        record.parameter("source", source);
        if (destination != null) {
            record.parameter("destination", destination);
        }
        record.parameter("input-source", inputSource);
        if (inputDestination != null) {
            record.parameter("input-destination", inputDestination);
        }
        record.parameter("measurement-agent", measurementAgent);
    }
}
