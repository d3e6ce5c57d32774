package org.kindred.domain.model.person;

import java.util.Optional;

/** People's accounts at OpenID providers; implemented in infrastructure.persistence. */
public interface PersonIdentityRepository {

    /** The link of this provider account, if any. */
    Optional<PersonIdentity> find(String issuer, String subject);

    /** The person's link to this provider, if any. */
    Optional<PersonIdentity> ofPerson(long personId, String issuer);

    void add(PersonIdentity identity);
}
