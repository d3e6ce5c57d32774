package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kindred.application.account.SetupTokens;
import org.kindred.domain.model.invitation.Answer;
import org.kindred.domain.model.invitation.PartStat;
import org.kindred.domain.model.invitation.ReplyLinkLedger;

/**
 * Accept and decline links for the body of an invitation email: the fallback for mail clients that
 * cannot answer an iMIP invitation. A link is {@code payload.signature}: the payload names the person,
 * the series (or one occurrence), the answer and an expiry; the signature is HMAC-SHA256 over it.
 * Each link is single purpose (one answer to one invitation) and works once.
 */
@ApplicationScoped
public class ReplyLinks {

    private static final String VERSION = "r1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 300;

    @Inject
    InvitationSettings settings;

    @Inject
    ReplyLinkLedger ledger;

    @Inject
    Clock clock;

    /** What a valid link asks for. */
    public record Claim(long personId, long seriesId, long occurrenceKey, PartStat answer, Instant expires) {
    }

    public String sign(long personId, long seriesId, long occurrenceKey, PartStat answer) {
        if (answer != PartStat.ACCEPTED && answer != PartStat.DECLINED) {
            throw new IllegalArgumentException("links accept or decline");
        }
        long expires = clock.instant().plus(settings.replyLinkValidity()).getEpochSecond();
        String payload = String.join("|", VERSION, Long.toString(personId), Long.toString(seriesId),
                Long.toString(occurrenceKey), answer == PartStat.ACCEPTED ? "A" : "D", Long.toString(expires));
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        return encoded + "." + B64.encodeToString(mac(encoded));
    }

    /** Checks signature and expiry, without using the link up. */
    public Claim verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw new LinkException(LinkException.Problem.INVALID);
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new LinkException(LinkException.Problem.INVALID);
        }
        String encoded = token.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = B64D.decode(token.substring(dot + 1));
            parts = new String(B64D.decode(encoded), StandardCharsets.US_ASCII).split("\\|");
        } catch (IllegalArgumentException e) {
            throw new LinkException(LinkException.Problem.INVALID);
        }
        if (!MessageDigest.isEqual(signature, mac(encoded)) || parts.length != 6 || !parts[0].equals(VERSION)
                || !(parts[4].equals("A") || parts[4].equals("D"))) {
            throw new LinkException(LinkException.Problem.INVALID);
        }
        try {
            Claim claim = new Claim(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                    parts[4].equals("A") ? PartStat.ACCEPTED : PartStat.DECLINED,
                    Instant.ofEpochSecond(Long.parseLong(parts[5])));
            if (!clock.instant().isBefore(claim.expires())) {
                throw new LinkException(LinkException.Problem.EXPIRED);
            }
            return claim;
        } catch (NumberFormatException e) {
            throw new LinkException(LinkException.Problem.INVALID);
        }
    }

    /** Refuses a link that has been used, without using it (for the page that asks to confirm). */
    void requireUnused(String token) {
        if (ledger.isUsed(SetupTokens.hash(token))) {
            throw new LinkException(LinkException.Problem.USED);
        }
    }

    /** Marks a verified link used, in the caller's transaction; refuses a second use. */
    void useUp(String token) {
        if (!ledger.markUsed(SetupTokens.hash(token), clock.instant())) {
            throw new LinkException(LinkException.Problem.USED);
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }

    private volatile byte[] key;

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String secret = settings.linkSecret().orElseGet(() -> ledger.signingSecret(ReplyLinks::newSecret));
            known = secret.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    private static String newSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static long occurrenceKey(Long occurrenceId) {
        return occurrenceId == null ? Answer.WHOLE_SERIES : occurrenceId;
    }
}
