package org.kindred.application.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kindred.infrastructure.disclosure.OjAlgoRangeFinder;

/**
 * The organiser's list of groups, as GroupViews builds it, over random groups: members, waitlist and
 * members yet to accept the ground rules (with the unpublished rest who have), a waitlist pinning the
 * member count. No count of 1-7 shows, a shown waitlist never sits beside a hidden member count, and
 * the auditor finds nothing narrowed.
 */
class GroupLinesPropertiesTest {

    private final DisclosureControl control = new DisclosureControl(new OjAlgoRangeFinder());

    @Test
    void theGroupListShowsNoSmallCountAndNothingThatPinsOne() {
        Random random = new Random(7L);
        for (int list = 0; list < 500; list++) {
            Publication p = new Publication();
            int groups = 1 + random.nextInt(12);
            int[][] cells = new int[groups][];
            for (int g = 0; g < groups; g++) {
                int max = 6 + random.nextInt(7);
                int members = random.nextInt(max + 1);
                int waitlist = members == max ? random.nextInt(10) : 0;
                int notYet = random.nextInt(members + 1);
                int m = p.people(members);
                int w = p.people(waitlist);
                int n = p.people(notYet);
                p.sum(m, n, p.unpublished(members - notYet));
                p.pinnedBy(m, w);
                cells[g] = new int[] {m, w, n};
            }
            Disclosure d = control.protect(p);
            assertTrue(control.auditor().exposed(p, d).isEmpty(), "list " + list);
            for (int[] c : cells) {
                for (int cell : c) {
                    String shown = d.show(cell);
                    if (!shown.equals(SmallNumbers.SUPPRESSED)) {
                        assertFalse(SmallNumbers.isSmall(Long.parseLong(shown)), "list " + list);
                    }
                }
                if (d.isHidden(c[0]) && p.value(c[1]) > 0) {
                    assertEquals(SmallNumbers.SUPPRESSED, d.show(c[1]), "a waitlist beside a hidden member count");
                }
            }
        }
    }
}
