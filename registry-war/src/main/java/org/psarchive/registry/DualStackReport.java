package org.psarchive.registry;

import java.util.List;

/** The dual-stack report: one entry per endpoint and the counts over them. */
public record DualStackReport(List<DualStackEntry> entries) {

    public DualStackReport {
        entries = List.copyOf(entries);
    }

    public long hosts() {
        return entries.stream().map(entry -> entry.endpoint().hostName()).distinct().count();
    }

    public long dualStack() {
        return entries.stream().filter(DualStackEntry::dualStack).count();
    }

    public long ipv4Only() {
        return entries.stream().filter(entry -> entry.hasA() && !entry.hasAaaa()).count();
    }

    public long ipv6Only() {
        return entries.stream().filter(entry -> !entry.hasA() && entry.hasAaaa()).count();
    }

    public long unresolved() {
        return entries.stream().filter(entry -> !entry.hasA() && !entry.hasAaaa()).count();
    }

    public long timedOut() {
        return count(HostResolution.Outcome.TIMED_OUT);
    }

    public long mismatched() {
        return entries.stream().filter(DualStackEntry::mismatched).count();
    }

    private long count(HostResolution.Outcome outcome) {
        return entries.stream().filter(entry -> entry.resolution().outcome() == outcome).count();
    }
}
