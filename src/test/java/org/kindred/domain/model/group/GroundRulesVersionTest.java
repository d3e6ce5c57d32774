package org.kindred.domain.model.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.programme.GroupRuleException;

class GroundRulesVersionTest {

    @Test
    void aChangeIsANewVersionAndTheSameTextIsNoChange() {
        GroundRulesVersion first = GroundRulesVersion.first(7, "Confidentiality.\r\nNo names.\n\n", Instant.EPOCH);
        assertEquals(List.of("Confidentiality.", "No names."), first.rules());
        GroundRulesVersion second = first.next("Confidentiality.\nNo names.\nNo judgement.", Instant.EPOCH);
        assertEquals(2, second.version());
        assertEquals("text", assertThrows(GroupRuleException.class,
                () -> second.next(" Confidentiality.\nNo names.\nNo judgement. ", Instant.EPOCH)).field());
        assertThrows(GroupRuleException.class, () -> first.next("  ", Instant.EPOCH));
        assertThrows(GroupRuleException.class, () -> first.next("x".repeat(4001), Instant.EPOCH));
    }
}
