package org.kindred.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.ImportRepository;
import org.kindred.domain.model.person.ImportRow;
import org.kindred.domain.model.person.PeopleImport;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;

/**
 * Admins import the people of their organisation from a CSV file (ADR 0019): a preview that writes
 * nothing, then a confirmed import run as a job in batches off the request thread, which an admin
 * can resume if it was interrupted. Only the rows that change something are stored and applied, so
 * the same file again writes nothing and sends nothing. Audited {@code IMPORT_PEOPLE} once.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    public static final String FIX_THE_ROWS = "Some rows are wrong: correct them (see the preview) and upload the file again.";

    @Inject
    PeopleCsv csv;

    @Inject
    PersonRepository people;

    @Inject
    ImportRepository imports;

    @Inject
    ImportBatches batches;

    @Inject
    BackgroundWork background;

    @Inject
    AttendanceRepository audit;

    @Inject
    Clock clock;

    /** The imports a worker of this server is applying now; one RUNNING in the table but not here was interrupted. */
    private final Set<Long> working = ConcurrentHashMap.newKeySet();

    /** How an import stands. {@code state}: RUNNING, UNFINISHED (interrupted: resume it) or FINISHED. */
    public record ImportState(long id, String state, int totalRows, int doneRows, int created, int changed,
                              int unchanged, int deactivated, Instant startedAt, Instant finishedAt) {
    }

    /** What confirming did: the import started, or none when the file changes nothing. */
    public record Confirmation(Long importId, int rows) {
    }

    /** What the file would do, and every bad row; nothing is written. */
    @Transactional
    public ImportFile.Preview preview(Caller admin, byte[] content) {
        PeopleService.requireAdmin(admin);
        return check(admin, content);
    }

    /**
     * Stores the import's rows and starts applying them in the background.
     *
     * @throws ConflictException when the file has bad rows (nothing is written)
     * @throws ImportFileException when the file cannot be read
     */
    public Confirmation confirm(Caller admin, byte[] content) {
        PeopleService.requireAdmin(admin);
        Confirmation confirmation = batches.start(admin, content, this);
        if (confirmation.importId() != null) {
            run(confirmation.importId());
        }
        return confirmation;
    }

    /** Picks an interrupted import up again at its first row not done. */
    public ImportState resume(Caller admin, long importId) {
        ImportState state = state(admin, importId);
        if (!state.state().equals("UNFINISHED")) {
            throw new ConflictException("This import is not waiting to be resumed.");
        }
        run(importId);
        return state(admin, importId);
    }

    @Transactional
    public ImportState state(Caller admin, long importId) {
        PeopleService.requireAdmin(admin);
        return imports.find(importId).filter(i -> i.organisationId() == admin.organisationId())
                .map(this::state).orElseThrow(NotFoundException::new);
    }

    /** The organisation's latest imports, newest first. */
    @Transactional
    public List<ImportState> recent(Caller admin) {
        PeopleService.requireAdmin(admin);
        return imports.ofOrganisation(admin.organisationId(), 10).stream().map(this::state).toList();
    }

    private ImportState state(PeopleImport i) {
        String state = i.status() == PeopleImport.Status.FINISHED ? "FINISHED"
                : working.contains(i.id()) ? "RUNNING" : "UNFINISHED";
        return new ImportState(i.id(), state, i.totalRows(), i.doneRows(), i.created(), i.changed(), i.unchanged(),
                i.deactivated(), i.createdAt(), i.finishedAt());
    }

    private void run(long importId) {
        if (!working.add(importId)) {
            return; // already being applied
        }
        try {
            background.submit(() -> {
                try {
                    while (batches.next(importId)) {
                        // one batch per transaction
                    }
                } catch (RuntimeException e) {
                    LOG.warning(() -> "people import " + importId + " stopped: " + e.getClass().getSimpleName()
                            + "; an admin can resume it");
                } finally {
                    working.remove(importId);
                }
            });
        } catch (RuntimeException e) {
            working.remove(importId);
            throw e;
        }
    }

    /** Reads and checks the file against the organisation's people as they are. */
    ImportFile.Preview check(Caller admin, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("Choose a CSV file to upload.");
        }
        if (content.length > ImportFile.MAX_BYTES) {
            throw new ImportFileException(ImportFile.TOO_BIG);
        }
        PeopleCsv.Table table = csv.read(content, ImportFile.MAX_ROWS);
        Map<String, Person> ours = people.inOrganisation(admin.organisationId()).stream()
                .collect(Collectors.toMap(p -> p.email().value(), Function.identity(), (a, b) -> a));
        Set<String> others = new HashSet<>(ImportFile.emails(table));
        others.removeAll(ours.keySet());
        Set<String> elsewhere = others.isEmpty() ? Set.of() : new HashSet<>(people.emailsTaken(others));
        String adminEmail = people.findById(admin.personId()).map(p -> p.email().value()).orElse("");
        return ImportFile.check(table, new ImportFile.People() {
            @Override
            public Optional<Person> inOrganisation(String email) {
                return Optional.ofNullable(ours.get(email));
            }

            @Override
            public boolean takenElsewhere(String email) {
                return elsewhere.contains(email);
            }
        }, adminEmail);
    }

    /** Writes the import and its rows; called by {@link ImportBatches#start} in its transaction. */
    Confirmation store(Caller admin, byte[] content) {
        ImportFile.Preview preview = check(admin, content);
        if (preview.hasErrors()) {
            throw new ConflictException(FIX_THE_ROWS);
        }
        List<ImportFile.Row> changes = preview.changes();
        if (changes.isEmpty()) {
            return new Confirmation(null, 0); // the same file again: nothing to write, nothing to send
        }
        PeopleImport job = new PeopleImport(admin.organisationId(), admin.personId(), sha256(content), changes.size(),
                clock.instant());
        imports.add(job);
        for (ImportFile.Row row : changes) {
            imports.add(new ImportRow(job.id(), row.line(), row.email(), row.name(), row.roles(), row.active()));
        }
        audit.add(new AuditEntry(admin.organisationId(), clock.instant(), admin.personId(),
                AuditEntry.Action.IMPORT_PEOPLE, null, null, null, true));
        LOG.info(() -> "people import " + job.id() + " confirmed: " + changes.size() + " rows to apply");
        return new Confirmation(job.id(), changes.size());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
