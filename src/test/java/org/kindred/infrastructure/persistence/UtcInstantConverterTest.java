package org.kindred.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void storesUtcWallClockWhateverTheServerZone() {
        // 01:30 UTC on the night the UK clocks go forward: no London wall-clock ambiguity can creep in.
        Instant instant = Instant.parse("2026-03-29T01:30:00.123456Z");
        assertEquals(LocalDateTime.parse("2026-03-29T01:30:00.123456"), converter.convertToDatabaseColumn(instant));
        assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
        assertNull(converter.convertToDatabaseColumn(null));
    }
}
