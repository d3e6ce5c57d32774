package org.kindred.domain.model.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;

class WaitlistTest {

    private static Membership membership(long id, MembershipStatus status) {
        Person person = new Person(1L, "P" + id, new EmailAddress("p" + id + "@trust.nhs.uk"),
                EnumSet.of(Role.PARTICIPANT), Instant.EPOCH);
        Membership membership = new Membership(new SupportGroupStub().group, person, status, Instant.EPOCH);
        try {
            Field field = Membership.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(membership, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return membership;
    }

    @Test
    void ordersTheWaitlistedByArrivalAndIgnoresEveryoneElse() {
        Membership late = membership(40, MembershipStatus.WAITLISTED);
        Membership early = membership(12, MembershipStatus.WAITLISTED);
        Membership middle = membership(25, MembershipStatus.WAITLISTED);
        Membership member = membership(5, MembershipStatus.MEMBER);
        Membership invited = membership(3, MembershipStatus.INVITED);
        List<Membership> shuffled = new ArrayList<>(List.of(late, member, early, invited, middle));

        Waitlist waitlist = Waitlist.of(shuffled);

        assertEquals(List.of(early, middle, late), waitlist.inOrder());
        assertEquals(Optional.of(early), waitlist.next());
        assertEquals(Optional.of(3L), waitlist.positionOf(late));
        assertEquals(Optional.empty(), waitlist.positionOf(member));
    }

    @Test
    void onlyAQueuedMembershipTakesASeat() {
        Membership waiting = membership(1, MembershipStatus.WAITLISTED);
        waiting.seated();
        assertEquals(MembershipStatus.MEMBER, waiting.status());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, waiting::seated);
    }

    /** A group is needed only as a reference here. */
    private static final class SupportGroupStub {
        final SupportGroup group = new SupportGroup();
    }
}
