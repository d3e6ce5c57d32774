package org.kindred.interfaces.web.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule about one panel address goes beside the field it was typed in, whichever fields were left empty. */
class PlanRoundFormTest {

    @Test
    void aPanelAddressIsNamedByTheFieldItCameFrom() {
        List<Integer> filled = List.of(0, 2, 3); // the second field was left empty
        assertEquals("panellist3", PlanRoundForm.fieldOf("panellistEmails[1]", filled));
        assertEquals("panellist1", PlanRoundForm.fieldOf("panellistEmails", filled), "the panel as a whole");
        assertEquals("panellist1", PlanRoundForm.fieldOf("panellistEmails[9]", filled));
        assertEquals("clinicalLeadEmail", PlanRoundForm.fieldOf("clinicalLeadEmail", filled));
        assertEquals(null, PlanRoundForm.fieldOf(null, filled));
    }
}
