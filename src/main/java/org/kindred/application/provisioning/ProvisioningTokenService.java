package org.kindred.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.provisioning.ProvisioningRepository;
import org.kindred.domain.model.provisioning.ProvisioningToken;

/**
 * Admins issue bearer tokens to their identity provider's SCIM client, see them listed (label, issued,
 * last used: never the token) and revoke them; each issue and revocation is audited. A token is 32
 * random bytes, base64url, after the prefix {@value #PREFIX} (so that secret scanners recognise one);
 * only its SHA-256 hash is stored, and a request's token is looked up by that hash.
 */
@ApplicationScoped
public class ProvisioningTokenService {

    private static final Logger LOG = Logger.getLogger(ProvisioningTokenService.class.getName());

    public static final String PREFIX = "kscim_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ProvisioningRepository provisioning;

    @Inject
    AttendanceRepository audit;

    @Inject
    Clock clock;

    /** Issues a token for the admin's organisation; the secret is in the answer and nowhere else. */
    @Transactional
    public IssuedToken issue(Caller admin, String label) {
        requireAdmin(admin);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ProvisioningToken token = new ProvisioningToken(admin.organisationId(), label, hash(secret), admin.personId(),
                clock.instant());
        provisioning.add(token);
        audit.add(new AuditEntry(admin.organisationId(), clock.instant(), admin.personId(),
                AuditEntry.Action.CREATE_SCIM_TOKEN, null, null, null, true));
        LOG.info(() -> "provisioning token " + token.id() + " issued by person " + admin.personId());
        return new IssuedToken(token.id(), secret);
    }

    @Transactional
    public List<TokenLine> tokens(Caller admin) {
        requireAdmin(admin);
        return provisioning.tokens(admin.organisationId()).stream()
                .map(t -> new TokenLine(t.id(), t.label(), t.createdAt(), t.lastUsedAt())).toList();
    }

    /** Revokes one of the organisation's tokens: its next request is refused. */
    @Transactional
    public void revoke(Caller admin, long tokenId) {
        requireAdmin(admin);
        ProvisioningToken token = provisioning.token(admin.organisationId(), tokenId).orElseThrow(NotFoundException::new);
        provisioning.remove(token);
        audit.add(new AuditEntry(admin.organisationId(), clock.instant(), admin.personId(),
                AuditEntry.Action.REVOKE_SCIM_TOKEN, null, null, null, true));
        LOG.info(() -> "provisioning token " + tokenId + " revoked by person " + admin.personId());
    }

    /**
     * The client a bearer token stands for, if it is one of the tokens issued and not revoked. The
     * lookup is by hash: the database compares hashes of a secret it never held, so its timing tells
     * nothing about any token; the hash found is compared again in constant time.
     */
    @Transactional
    public Optional<ProvisioningClient> authenticate(String bearer) {
        if (bearer == null || !bearer.startsWith(PREFIX) || bearer.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(bearer);
        return provisioning.tokenByHash(hash)
                .filter(t -> MessageDigest.isEqual(t.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .map(t -> {
                    t.used(clock.instant());
                    return new ProvisioningClient(t.id(), t.organisationId());
                });
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
