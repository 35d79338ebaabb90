package org.psarchive.registry;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code ({@code CH}, {@code US}), as {@link Locale#getISOCountries()} knows them; kept upper case. */
public record CountryCode(String value) {

    static final String FIELD = "country-code";
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public CountryCode {
        Field.required(FIELD, value);
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw Field.invalid(FIELD, value, "an ISO 3166-1 alpha-2 country code such as CH, DE or US.");
        }
        value = upper;
    }

    @Override
    public String toString() {
        return value;
    }
}
