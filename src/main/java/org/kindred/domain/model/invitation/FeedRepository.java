package org.kindred.domain.model.invitation;

import java.time.Instant;
import java.util.Optional;

/**
 * Private calendar subscription addresses, kept as the SHA-256 of their random token. A person or a
 * room has at most one: making a new one revokes the old.
 */
public interface FeedRepository {

    /** Whose feed a token hash opens: exactly one of the two ids is set. */
    record Owner(Long personId, Long roomId) {
    }

    void replace(Owner owner, String tokenHash, Instant now);

    void revoke(Owner owner);

    boolean exists(Owner owner);

    Optional<Owner> find(String tokenHash);
}
