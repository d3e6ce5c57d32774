package org.kindred.application.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.rights.AuditRow;

/** The export's range check names the wrong field; its lines are ids only, in the header's order. */
class AuditExportServiceTest {

    @Test
    void aRangeIsTwoDatesTheLastNotBeforeTheFirst() {
        assertEquals(new AuditExportService.Days(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)),
                AuditExportService.check("2025-07-01", " 2025-07-01 "));
        assertEquals("to", assertThrows(RuleException.class, () -> AuditExportService.check("2025-07-03", "2025-07-01")).field());
        assertEquals("from", assertThrows(RuleException.class, () -> AuditExportService.check(null, "2025-07-01")).field());
        assertEquals("from", assertThrows(RuleException.class, () -> AuditExportService.check("1/7/2025", "2025-07-01")).field());
        assertEquals("to", assertThrows(RuleException.class, () -> AuditExportService.check("2025-07-01", "2025-02-30")).field());
        assertEquals("to", assertThrows(RuleException.class, () -> AuditExportService.check("2000-01-01", "2025-01-01")).field());
    }

    @Test
    void aLineHoldsIdsOnly() {
        AuditRow row = new AuditRow(9, Instant.parse("2025-07-01T09:00:00Z"), null, "ERASE_PERSON", 3L, null, null, true);
        assertEquals(List.of("2025-07-01T09:00:00Z", "", "ERASE_PERSON", "3", "", "", "true"), AuditExportService.fields(row));
        assertEquals(AuditExportService.HEADER.size(), AuditExportService.fields(row).size());
    }
}
