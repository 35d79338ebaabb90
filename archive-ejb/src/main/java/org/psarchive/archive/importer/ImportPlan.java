package org.psarchive.archive.importer;

import java.util.List;

/**
 * What an import from a source would do: its records and series, the least number of requests it
 * will send (a metadata page each {@code metadataLimit} records, then per series one request per UTC
 * year of the range and more for years holding more than a page), and warnings: elmond, records this
 * archive would refuse, checksum collisions (two records of the source, or one of the source and one
 * here, with the same content under different keys).
 */
public record ImportPlan(long records, long series, long estimatedRequests, List<String> warnings) {
}
