package org.psarchive.lookup;

import java.util.List;

/** One page of a query's answer, and whether more records match beyond it. */
public record LookupPage(List<LookupRecord> records, boolean more, int skip, int maxResults) {

    public LookupPage {
        records = List.copyOf(records);
    }
}
