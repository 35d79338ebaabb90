package org.psarchive.registry;

import org.psarchive.platform.error.InvalidInputException;

/** A site as a request describes it; {@code description} may be null. */
public record SiteSpec(SiteName name, CountryCode countryCode, Description description) {

    public SiteSpec {
        if (name == null || countryCode == null) {
            throw new InvalidInputException("A site needs a name and a country-code.");
        }
    }
}
