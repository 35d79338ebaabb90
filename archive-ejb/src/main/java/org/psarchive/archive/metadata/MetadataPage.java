package org.psarchive.archive.metadata;

import java.util.List;

/** One page of a metadata search and the number of records matching it in all. */
public record MetadataPage(List<Metadata> records, long total) {
}
