package org.kindred.application.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.invitation.PartStat;
import org.kindred.domain.model.invitation.ReplyLinkLedger;

class ReplyLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Set<String> used = new HashSet<>();
    private ReplyLinks links;

    private ReplyLinks at(Instant now, String secret) {
        ReplyLinks l = new ReplyLinks();
        l.clock = Clock.fixed(now, ZoneOffset.UTC);
        l.settings = new InvitationSettings() {
            public String organiserMailbox() { return "s@x.example"; }
            public Duration firstRetryDelay() { return Duration.ofMinutes(1); }
            public Duration maxRetryDelay() { return Duration.ofHours(1); }
            public Duration giveUpAfter() { return Duration.ofDays(2); }
            public Duration replyLinkValidity() { return Duration.ofDays(30); }
            public Optional<String> linkSecret() { return Optional.of(secret); }
            public boolean readReplies() { return true; }
        };
        l.ledger = new ReplyLinkLedger() {
            public boolean markUsed(String hash, Instant when) { return used.add(hash); }
            public boolean isUsed(String hash) { return used.contains(hash); }
            public int purge(Instant before) { return 0; }
            public String signingSecret(Supplier<String> generate) { throw new AssertionError("configured"); }
        };
        return l;
    }

    @BeforeEach
    void setUp() {
        links = at(NOW, "a-secret-of-at-least-thirty-two-characters");
    }

    @Test
    void aSignedLinkSaysWhoWhatAndWhich() {
        String token = links.sign(7, 42, 0, PartStat.DECLINED);
        ReplyLinks.Claim claim = links.verify(token);
        assertEquals(7, claim.personId());
        assertEquals(42, claim.seriesId());
        assertEquals(0, claim.occurrenceKey());
        assertEquals(PartStat.DECLINED, claim.answer());
        links.requireUnused(token);
        links.useUp(token);
        assertEquals(LinkException.Problem.USED, assertThrows(LinkException.class, () -> links.requireUnused(token)).problem());
        assertEquals(LinkException.Problem.USED, assertThrows(LinkException.class, () -> links.useUp(token)).problem());
    }

    @Test
    void forgedTamperedOrForeignLinksAreInvalid() {
        String token = links.sign(7, 42, 0, PartStat.ACCEPTED);
        String payload = token.substring(0, token.indexOf('.'));
        String otherPerson = links.sign(8, 42, 0, PartStat.ACCEPTED);
        for (String bad : new String[] {null, "", "abc", token + "x", payload + "." + otherPerson.substring(otherPerson.indexOf('.') + 1),
                token.replace('.', '!'), "x".repeat(400),
                at(NOW, "another-secret-of-at-least-thirty-two-chars").sign(7, 42, 0, PartStat.ACCEPTED)}) {
            assertEquals(LinkException.Problem.INVALID, assertThrows(LinkException.class, () -> links.verify(bad)).problem(),
                    String.valueOf(bad));
        }
    }

    @Test
    void aLinkExpires() {
        String token = links.sign(7, 42, 0, PartStat.ACCEPTED);
        ReplyLinks later = at(NOW.plus(Duration.ofDays(30)), "a-secret-of-at-least-thirty-two-characters");
        assertEquals(LinkException.Problem.EXPIRED, assertThrows(LinkException.class, () -> later.verify(token)).problem());
    }

    @Test
    void onlyAcceptAndDeclineCanBeSigned() {
        assertThrows(IllegalArgumentException.class, () -> links.sign(7, 42, 0, PartStat.TENTATIVE));
    }
}
