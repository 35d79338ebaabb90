package org.psarchive.platform.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant}s as UTC {@code DATETIME(3)} values. Jakarta Persistence 3.1 has no Instant
 * mapping of its own, and a {@code Timestamp} would be shifted through the JVM's zone (ambiguous in a
 * daylight-saving fall-back hour); a UTC {@code LocalDateTime} passes through the drivers unchanged.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
