package org.psarchive.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Refuses an empty account name at the command line: in a URL it would name the collection instead
 * of an account. Every other rule on names is the server's.
 */
final class NonBlank implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("must not be empty");
        }
        return value;
    }
}
