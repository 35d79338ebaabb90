package org.psarchive.archive.pscheduler;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The recorded runs under {@code src/test/resources/pscheduler/}, each with the observer header
 * it arrives with ({@code null}: none). Expected bodies are {@code <name>.metadata.json} and
 * {@code <name>.data.json}, written for {@link DataFormattingPolicy#MAPPED_AND_RAW}.
 */
final class RecordedRuns {

    private RecordedRuns() {
    }

    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("throughput-tcp", "10.0.0.1"),
                Arguments.of("throughput-udp", null),
                Arguments.of("throughput-parallel", "ps1.example.net"),
                Arguments.of("throughput-udp-parallel", "10.0.0.2"),
                Arguments.of("throughput-no-result", "10.0.0.1"),
                Arguments.of("latency", null),
                Arguments.of("latencybg-ipv6", "2001:0db8::1"),
                Arguments.of("latency-failed", null),
                Arguments.of("rtt", "10.0.1.28"),
                Arguments.of("trace-tracepath", null),
                Arguments.of("trace-paris", "ps1.example.net"),
                Arguments.of("disk-to-disk", null),
                Arguments.of("dns-unknown-type", "ps1.example.net"));
    }
}
