package org.kindred.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.programme.GroupRuleException;

class FacilitatorProfileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void accreditationLapsesTheDayAfterItsExpiry() {
        assertFalse(new FacilitatorProfile(1, "Balint leader", TODAY, 4).accreditationLapsed(TODAY));
        assertTrue(new FacilitatorProfile(1, "Balint leader", TODAY.minusDays(1), 4).accreditationLapsed(TODAY));
        assertFalse(FacilitatorProfile.defaults(1).accreditationLapsed(TODAY), "no date recorded is not lapsed");
    }

    @Test
    void limitsAreCheckedWithTheFieldNamed() {
        assertEquals("maxGroups", assertThrows(GroupRuleException.class,
                () -> new FacilitatorProfile(1, null, null, 0)).field());
        assertEquals("training", assertThrows(GroupRuleException.class,
                () -> new FacilitatorProfile(1, "x".repeat(501), null, 3)).field());
    }
}
