package org.kindred.domain.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProgrammeTemplateTest {

    static ProgrammeTemplate balint() {
        ProgrammeTemplate balint = new ProgrammeTemplate();
        balint.update("Balint group", "Cases without notes.", 8, 12, 90, 5, "What is said here stays here.");
        return balint;
    }

    @Test
    void defaultsComeFromTheTemplate() {
        assertEquals(new GroupSize(8, 12, 5), balint().size(null, null, null));
    }

    @Test
    void overridesWithinTheLimitsAreAccepted() {
        assertEquals(new GroupSize(9, 10, 5), balint().size(9, 10, null));
        assertEquals(new GroupSize(8, 8, 8), balint().size(8, 8, 8));
    }

    @Test
    void overridesOutsideTheLimitsNameTheFieldAndTheLimits() {
        GroupRuleException low = assertThrows(GroupRuleException.class, () -> balint().size(6, null, null));
        assertEquals("minMembers", low.field());
        assertEquals("The minimum must be between 8 and 12 for a Balint group.", low.getMessage());

        GroupRuleException high = assertThrows(GroupRuleException.class, () -> balint().size(null, 20, null));
        assertEquals("maxMembers", high.field());

        GroupRuleException negative = assertThrows(GroupRuleException.class, () -> balint().size(-1, null, null));
        assertEquals("minMembers", negative.field());

        GroupRuleException inverted = assertThrows(GroupRuleException.class, () -> balint().size(11, 9, null));
        assertEquals("maxMembers", inverted.field());
        assertEquals("The maximum cannot be less than the minimum (11).", inverted.getMessage());

        GroupRuleException quorum = assertThrows(GroupRuleException.class, () -> balint().size(8, 12, 9));
        assertEquals("quorum", quorum.field());
    }

    @Test
    void organisersAdaptTemplatesWithinSaneBounds() {
        ProgrammeTemplate template = balint();
        assertEquals("maxMembers", assertThrows(GroupRuleException.class,
                () -> template.update("Balint", "d", 10, 9, 90, 5, "rules")).field());
        assertEquals("sessionMinutes", assertThrows(GroupRuleException.class,
                () -> template.update("Balint", "d", 8, 12, 5, 5, "rules")).field());
        assertEquals("name", assertThrows(GroupRuleException.class,
                () -> template.update("x".repeat(121), "d", 8, 12, 90, 5, "rules")).field());
    }

    @Test
    void aCopyIsIndependentAndNeedsAValidCode() {
        ProgrammeTemplate original = balint();
        ProgrammeTemplate copy = original.copy("balint-monthly", "Monthly Balint group", 7L);
        assertNotSame(original, copy);
        assertEquals("Monthly Balint group", copy.name());
        assertEquals(original.maxMembers(), copy.maxMembers());
        assertTrue(copy.ownedBy(7L));
        assertFalse(copy.ownedBy(8L));
        assertTrue(original.shared(), "the seeded library belongs to nobody");
        assertEquals("code", assertThrows(GroupRuleException.class, () -> original.copy("Has Spaces", "x", 7L)).field());
    }
}
