package org.psarchive.account;

import java.util.List;

/** The outcome of adding or removing IP ranges: CIDRs in canonical form. */
public record IpRangeChange(List<String> changed, List<String> unchanged) {
}
