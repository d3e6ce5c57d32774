package org.kindred.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kindred.application.PortalSettings;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.ImportRepository;
import org.kindred.domain.model.person.ImportRow;
import org.kindred.domain.model.person.PeopleImport;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * Applies an import's rows, one batch per transaction (ADR 0019). The import row is locked first, so
 * two workers never apply the same batch; each row is applied to the people as they are now and
 * marked done in the same transaction, so a batch that fails leaves its rows to apply again and one
 * that commits is never applied twice. A new person gets the account invitation through the outbox,
 * written with the account: an SMTP outage delays it, never loses it. When no row is left the import
 * is finished and its rows, which hold names and emails, are deleted.
 */
@ApplicationScoped
public class ImportBatches {

    private static final Logger LOG = Logger.getLogger(ImportBatches.class.getName());

    public static final int BATCH = 200;

    @Inject
    ImportRepository imports;

    @Inject
    PersonRepository people;

    @Inject
    Leavers leavers;

    @Inject
    Newcomers newcomers;

    @Inject
    PortalSettings portal;

    @Inject
    Clock clock;

    /** Stores a confirmed import in one transaction, so that the worker started after it finds it. */
    @Transactional
    public ImportService.Confirmation start(org.kindred.application.access.Caller admin, byte[] content,
                                            ImportService service) {
        return service.store(admin, content);
    }

    /** Applies the next batch of the import; false once it is finished. */
    @Transactional
    public boolean next(long importId) {
        PeopleImport job = imports.lock(importId).orElseThrow();
        if (job.status() == PeopleImport.Status.FINISHED) {
            return false;
        }
        List<ImportRow> rows = imports.nextRows(importId, BATCH);
        // the batch's people in one query, not two per row (a file holds each address once)
        Map<EmailAddress, Person> known = people.findWithRolesByEmails(
                        rows.stream().map(r -> new EmailAddress(r.email())).toList()).stream()
                .collect(Collectors.toMap(Person::email, p -> p));
        boolean mailed = false;
        for (ImportRow row : rows) {
            PeopleImport.Outcome outcome = apply(job, row, known);
            mailed |= outcome == PeopleImport.Outcome.CREATED;
            row.done();
            job.applied(outcome);
        }
        if (mailed) {
            newcomers.wakeOutbox();
        }
        if (rows.size() < BATCH) {
            job.finished(clock.instant());
            imports.removeRows(importId);
            LOG.info(() -> "people import " + importId + " finished: " + job.created() + " created, " + job.changed()
                    + " changed, " + job.deactivated() + " deactivated, " + job.unchanged() + " unchanged");
            return false;
        }
        return true;
    }

    private PeopleImport.Outcome apply(PeopleImport job, ImportRow row, Map<EmailAddress, Person> known) {
        EmailAddress address = new EmailAddress(row.email());
        Optional<Person> found = Optional.ofNullable(known.get(address));
        if (found.isPresent() && found.get().organisationId() != job.organisationId()) {
            LOG.warning(() -> "people import " + job.id() + " line " + row.lineNo() + ": the address is taken elsewhere; skipped");
            return PeopleImport.Outcome.UNCHANGED;
        }
        if (found.isEmpty()) {
            if (!row.active()) {
                return PeopleImport.Outcome.UNCHANGED;
            }
            newcomers.invite(job.organisationId(), row.displayName(), address, row.roles());
            return PeopleImport.Outcome.CREATED;
        }
        Person person = found.get();
        boolean self = job.startedBy() != null && person.id().equals(job.startedBy());
        if (!row.active()) {
            if (self || !person.active()) {
                return PeopleImport.Outcome.UNCHANGED;
            }
            leavers.deactivate(job.organisationId(), job.startedBy(), person.id());
            return PeopleImport.Outcome.DEACTIVATED;
        }
        boolean changed = false;
        if (!person.active()) {
            person.reactivate();
            changed = true;
        }
        if (!person.displayName().equals(row.displayName())) {
            person.rename(row.displayName());
            changed = true;
        }
        java.util.Set<Role> roles = row.roles();
        if (self) {
            roles.add(Role.ADMIN); // never the uploading admin's own admin role: checked on preview, kept here
        }
        if (!person.roles().equals(roles)) {
            person.changeRoles(roles);
            changed = true;
        }
        return changed ? PeopleImport.Outcome.CHANGED : PeopleImport.Outcome.UNCHANGED;
    }
}
