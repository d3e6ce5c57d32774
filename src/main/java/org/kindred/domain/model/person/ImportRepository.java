package org.kindred.domain.model.person;

import java.util.List;
import java.util.Optional;

/** People imports and their rows; implemented in infrastructure.persistence. */
public interface ImportRepository {

    /** Stores the import and gives it its id. */
    void add(PeopleImport peopleImport);

    void add(ImportRow row);

    Optional<PeopleImport> find(long importId);

    /** The import, locked for update until the transaction ends: one batch at a time. */
    Optional<PeopleImport> lock(long importId);

    /** The organisation's imports, newest first. */
    List<PeopleImport> ofOrganisation(long organisationId, int most);

    /** The first rows not done yet, in line order. */
    List<ImportRow> nextRows(long importId, int most);

    /** Deletes the import's rows, and with them the names and emails they held. */
    void removeRows(long importId);
}
