package org.kindred.domain.model.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.RuleException;

/** A Round's people are asked by address: the panel is counted by address and shows the address typed. */
class SchwartzRoundTest {

    private static final Instant NOW = Instant.parse("2028-01-10T09:00:00Z");
    private static final long FACILITATOR = 1;
    private static final Addressee LEAD = new Addressee(2, "lead@trust.example");

    private static Addressee panellist(long id) {
        return new Addressee(id, "p" + id + "@trust.example");
    }

    private static SchwartzRound round(List<Addressee> panel) {
        return new SchwartzRound(9, 8, "Endings", FACILITATOR, LEAD, panel, NOW);
    }

    @Test
    void thePanelKeepsTheAddressesTypedAndCountsTheSameOneOnce() {
        SchwartzRound round = round(List.of(panellist(3), panellist(4), panellist(3)));
        assertEquals(List.of("p3@trust.example", "p4@trust.example"), round.panel().stream().map(Panellist::email).toList());
        assertEquals("lead@trust.example", round.clinicalLeadEmail());
        assertEquals(2L, round.clinicalLeadId());
    }

    @Test
    void aPanelNeedsTwoToFourPeopleAndNotTheFacilitator() {
        assertEquals("panellistEmails", assertThrows(RuleException.class,
                () -> round(List.of(panellist(3), panellist(3)))).field());
        assertEquals("panellistEmails", assertThrows(RuleException.class,
                () -> round(List.of(panellist(3), panellist(4), panellist(5), panellist(6), panellist(7)))).field());
        assertEquals("panellistEmails", assertThrows(RuleException.class,
                () -> round(List.of(panellist(3), new Addressee(FACILITATOR, "fran@trust.example")))).field());
        assertEquals("clinicalLeadEmail", assertThrows(RuleException.class,
                () -> new SchwartzRound(9, 8, "Endings", FACILITATOR, new Addressee(FACILITATOR, "fran@trust.example"),
                        List.of(panellist(3), panellist(4)), NOW)).field());
    }

    @Test
    void oneMorePanellistIsAskedOncePerAddressUpToFour() {
        SchwartzRound round = round(List.of(panellist(3), panellist(4)));
        round.invite(panellist(5));
        assertEquals("email", assertThrows(RuleException.class, () -> round.invite(panellist(5))).field());
        assertEquals("email", assertThrows(RuleException.class,
                () -> round.invite(new Addressee(FACILITATOR, "fran@trust.example"))).field());
        round.invite(panellist(6));
        assertEquals("email", assertThrows(RuleException.class, () -> round.invite(panellist(7))).field());
        assertEquals(4, round.panelSize());
    }

    @Test
    void anAddresseeNeverPrintsItsAddress() {
        assertEquals("Addressee[3]", panellist(3).toString());
    }
}
