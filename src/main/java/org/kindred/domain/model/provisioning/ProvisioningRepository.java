package org.kindred.domain.model.provisioning;

import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.person.Person;

/**
 * Provisioning tokens, and the people of one organisation as a SCIM client reads them: by their SCIM
 * id, by an attribute it filters on, a page at a time. Never another organisation's.
 */
public interface ProvisioningRepository {

    void add(ProvisioningToken token);

    /** The token with this hash, whatever its organisation. */
    Optional<ProvisioningToken> tokenByHash(String tokenHash);

    Optional<ProvisioningToken> token(long organisationId, long id);

    List<ProvisioningToken> tokens(long organisationId);

    void remove(ProvisioningToken token);

    /** The attributes a client may filter people on, each compared for equality. */
    enum Attribute { USER_NAME, EXTERNAL_ID, EMAIL }

    /** The organisation's person with this SCIM id. */
    Optional<Person> personByScimId(long organisationId, String scimId);

    /**
     * The organisation's people, oldest account first, {@code count} from {@code offset} (0-based); only
     * those whose attribute equals the value when one is given (case-insensitively for the user name and
     * email, which are stored in lower case).
     */
    List<Person> people(long organisationId, Attribute attribute, String value, int offset, int count);

    long countPeople(long organisationId, Attribute attribute, String value);
}
