package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.account.SetupTokens;
import org.kindred.domain.model.group.GroundRulesAcceptance;
import org.kindred.domain.model.group.GroundRulesLink;
import org.kindred.domain.model.group.GroundRulesRepository;
import org.kindred.domain.model.group.GroundRulesVersion;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.person.InvalidTokenException;
import org.kindred.domain.model.person.Person;

/**
 * Each group's versioned ground-rules agreement. A member is ready to attend once they have accepted
 * the current version, in the portal or through the single-use link emailed to them.
 */
@ApplicationScoped
public class GroundRulesService {

    private static final String BAD_LINK = "This link is not valid. Sign in to Kindred to accept the ground rules.";

    @Inject
    GroupAccess access;

    @Inject
    GroundRulesRepository rules;

    @Inject
    MembershipRepository memberships;

    @Inject
    Event<Object> notices;

    @Inject
    Clock clock;

    /** What a link leads to, for the page behind it. */
    public record LinkPreview(boolean usable, int version, List<String> rules) {
    }

    /** A facilitator changes the rules: a new version, and everyone is asked to accept it. */
    @Transactional
    public GroundRulesVersion change(Caller caller, long groupId, String text) {
        memberships.lockGroup(groupId);
        access.asFacilitator(caller, groupId);
        GroundRulesVersion current = rules.current(groupId).orElseThrow(IllegalStateException::new);
        GroundRulesVersion next = current.next(text, clock.instant());
        rules.add(next);
        List<Person> everyone = memberships.ofGroup(groupId).stream()
                .filter(Membership::holdsOrAwaitsASeat).map(Membership::person).toList();
        askToAccept(groupId, everyone);
        return next;
    }

    /** Emails these people a link each to accept the group's current rules. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askToAccept(long groupId, List<Person> people) {
        GroundRulesVersion current = rules.current(groupId).orElseThrow(IllegalStateException::new);
        List<GroupNotices.Recipient> recipients = new ArrayList<>();
        for (Person person : people) {
            String secret = SetupTokens.newSecret();
            rules.add(new GroundRulesLink(SetupTokens.hash(secret), current.id(), person.id(), clock.instant()));
            recipients.add(new GroupNotices.Recipient(person.id(), person.email().value(), secret));
        }
        if (!recipients.isEmpty()) {
            notices.fire(new GroupNotices.RulesToAccept(groupId, recipients));
        }
    }

    /** The caller accepts their group's current rules in the portal. Accepting twice is harmless. */
    @Transactional
    public void accept(Caller caller, long groupId) {
        memberships.lockGroup(groupId);
        access.asParticipant(caller, groupId);
        memberships.find(groupId, caller.personId()).filter(Membership::holdsOrAwaitsASeat)
                .orElseThrow(() -> new ConflictException("Join the group before accepting its ground rules."));
        GroundRulesVersion current = rules.current(groupId).orElseThrow(IllegalStateException::new);
        if (!rules.hasAccepted(current.id(), caller.personId())) {
            rules.add(new GroundRulesAcceptance(current.id(), caller.personId(), clock.instant()));
        }
    }

    @Transactional
    public Optional<GroundRulesVersion> current(long groupId) {
        return rules.current(groupId);
    }

    @Transactional
    public LinkPreview preview(String secret) {
        Optional<GroundRulesLink> link = secret == null || secret.isBlank()
                ? Optional.empty() : rules.lockLink(SetupTokens.hash(secret));
        if (link.isEmpty()) {
            return new LinkPreview(false, 0, List.of());
        }
        GroundRulesVersion version = rules.version(link.get().rulesVersionId()).orElseThrow(IllegalStateException::new);
        return new LinkPreview(link.get().usable(clock.instant()), version.version(), version.rules());
    }

    /**
     * Accepts through an emailed link, once.
     *
     * @return whether the accepted version is still the current one
     * @throws InvalidTokenException when the link is unknown, used or expired
     */
    @Transactional(dontRollbackOn = InvalidTokenException.class)
    public boolean acceptByLink(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidTokenException(BAD_LINK);
        }
        GroundRulesLink link = rules.lockLink(SetupTokens.hash(secret))
                .orElseThrow(() -> new InvalidTokenException(BAD_LINK));
        link.redeem(clock.instant());
        // Locking reads only until the group lock is held, so the reads after it are current.
        GroundRulesVersion accepted = rules.lockVersion(link.rulesVersionId()).orElseThrow(IllegalStateException::new);
        memberships.lockGroup(accepted.groupId());
        boolean stillInGroup = memberships.find(accepted.groupId(), link.personId())
                .filter(Membership::holdsOrAwaitsASeat).isPresent();
        if (stillInGroup && !rules.hasAccepted(link.rulesVersionId(), link.personId())) {
            rules.add(new GroundRulesAcceptance(link.rulesVersionId(), link.personId(), clock.instant()));
        }
        return rules.current(accepted.groupId()).map(c -> c.id().equals(accepted.id())).orElse(false);
    }
}
