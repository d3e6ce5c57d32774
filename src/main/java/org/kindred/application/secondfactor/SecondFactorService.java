package org.kindred.application.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.account.LoginThrottle;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.application.mail.MailMessage;
import org.kindred.application.mail.Mailer;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.secondfactor.RecoveryCode;
import org.kindred.domain.model.secondfactor.SecondFactorRepository;
import org.kindred.domain.model.secondfactor.TotpEnrolment;

/**
 * A person's second factor (ADR 0023): enrolling an authenticator app (confirmed by a first code before
 * it takes effect), checking a code when signing in, new recovery codes, turning it off, and an admin's
 * reset for someone who lost their phone.
 *
 * <p>A code from the app is accepted for the time step before, the current one and the one after (clocks
 * drift), once: its step must be later than the last accepted, which the repository moves forward in one
 * conditional update. Codes are compared in constant time. Every try is throttled per person
 * ({@link CodeThrottle}). Log lines name the person by id only, and never a code or secret.
 */
@ApplicationScoped
public class SecondFactorService {

    private static final Logger LOG = Logger.getLogger(SecondFactorService.class.getName());
    private static final String ISSUER = "Kindred";

    /** How a try went. The pages say each in their own words. */
    public enum Outcome {
        ACCEPTED, WRONG_CODE, USED_ALREADY, TOO_MANY_TRIES, WRONG_PASSWORD, REQUIRED_FOR_YOUR_ROLES,
        NOT_ENROLLED, UNAVAILABLE, ALREADY_ENROLLED
    }

    /** An outcome, and the new recovery codes (shown once) when the try made some. */
    public record Result(Outcome outcome, List<String> recoveryCodes) {
        public Result {
            recoveryCodes = List.copyOf(recoveryCodes);
        }

        static Result of(Outcome outcome) {
            return new Result(outcome, List.of());
        }

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    /** A new secret to enrol, not stored until a code confirms it: as text, and as a QR code to scan. */
    public record Enrolment(String secret, String qrCode) implements java.io.Serializable {
        /** The secret in groups of four, easier to type into an app. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /**
     * Where a person stands.
     *
     * @param enrolled whether an app is enrolled
     * @param since when it was
     * @param recoveryCodesLeft unused recovery codes
     * @param required whether their roles require a second factor
     * @param available whether this server can enrol anyone (a key is configured)
     */
    public record Status(boolean enrolled, Instant since, long recoveryCodesLeft, boolean required, boolean available) {
    }

    @Inject
    SecondFactorRepository factors;

    @Inject
    PersonRepository people;

    @Inject
    TotpAlgorithm totp;

    @Inject
    SecretSealer sealer;

    @Inject
    SecondFactorSettings settings;

    @Inject
    CodeThrottle throttle;

    @Inject
    LoginThrottle passwordThrottle;

    @Inject
    AttendanceRepository audit;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /**
     * Whether a right password of this person is not yet enough: they have enrolled an app, or their
     * roles require one (they will be asked to enrol before anything else).
     */
    @Transactional
    public boolean neededAfterPassword(long personId, Set<String> roles) {
        return factors.find(personId).isPresent()
                || settings.requiredRoles().stream().anyMatch(role -> roles.contains(role.name()));
    }

    private boolean required(java.util.Collection<Role> roles) {
        Set<Role> required = settings.requiredRoles();
        return roles.stream().anyMatch(required::contains);
    }

    @Transactional
    public Status status(long personId) {
        Person person = person(personId);
        Optional<TotpEnrolment> enrolment = factors.find(personId);
        return new Status(enrolment.isPresent(), enrolment.map(TotpEnrolment::enrolledAt).orElse(null),
                enrolment.isPresent() ? factors.unusedRecoveryCodes(personId) : 0,
                required(person.roles()), sealer.available());
    }

    /** A new secret for the person to add to their app; nothing changes until {@link #confirm}. */
    @Transactional
    public Optional<Enrolment> begin(long personId) {
        if (!sealer.available()) {
            return Optional.empty();
        }
        Person person = person(personId);
        String secret = totp.newSecret();
        return Optional.of(new Enrolment(secret, totp.qrCode(secret, person.email().value(), ISSUER)));
    }

    /**
     * Enrols the secret once a code from the app shows it was added correctly, replacing any earlier app
     * and recovery codes. The confirming code cannot be used again to sign in.
     */
    @Transactional
    public Result confirm(long personId, String secret, String code) {
        if (!sealer.available()) {
            return Result.of(Outcome.UNAVAILABLE);
        }
        if (factors.find(personId).isPresent()) {
            // an app enrolled meanwhile (another tab, another device) is never replaced by an older view
            return Result.of(Outcome.ALREADY_ENROLLED);
        }
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            return Result.of(Outcome.WRONG_CODE);
        }
        Person person = person(personId);
        if (!throttle.tryOnce(personId)) {
            return Result.of(Outcome.TOO_MANY_TRIES);
        }
        OptionalLong step = matchingStep(secret, code);
        if (step.isEmpty()) {
            return Result.of(Outcome.WRONG_CODE);
        }
        throttle.succeeded(personId);
        Instant now = clock.instant();
        List<String> codes = RecoveryCodes.generate();
        factors.enrol(new TotpEnrolment(personId, sealer.seal(personId, secret), now, step.getAsLong()),
                hashed(personId, codes, now));
        tell(person, "Two-step sign-in is on for your Kindred account",
                "Two-step sign-in has just been turned on for your Kindred account: from now on you sign in"
                + " with your password and a code from your authenticator app.");
        LOG.info(() -> "person " + personId + " enrolled a second factor");
        return new Result(Outcome.ACCEPTED, codes);
    }

    /**
     * Enrolment from one's own account page: as {@link #confirm}, but only after the current password
     * (ASVS 5.0 6.3.x: re-authentication before an authentication factor changes), so that someone who
     * finds a session left open cannot put their own app on the account. Wrong passwords count towards
     * the sign-in throttle.
     */
    @Transactional
    public Result confirmWithPassword(long personId, String password, String remoteAddress, String secret, String code) {
        Person person = person(personId);
        if (!passwordThrottle.confirmsPassword(person, password, remoteAddress)) {
            return Result.of(Outcome.WRONG_PASSWORD);
        }
        return confirm(personId, secret, code);
    }

    /** A code (from the app, or a recovery code) given when signing in. */
    @Transactional
    public Outcome verify(long personId, String code) {
        Outcome outcome = check(personId, code);
        if (outcome == Outcome.ACCEPTED) {
            LOG.info(() -> "person " + personId + " passed the second factor");
        } else {
            LOG.info(() -> "person " + personId + " failed the second factor: " + outcome);
        }
        return outcome;
    }

    /** New recovery codes, once a current code is given; the old ones stop working. */
    @Transactional
    public Result newRecoveryCodes(long personId, String code) {
        Outcome outcome = check(personId, code);
        if (outcome != Outcome.ACCEPTED) {
            return Result.of(outcome);
        }
        List<String> codes = RecoveryCodes.generate();
        factors.replaceRecoveryCodes(personId, hashed(personId, codes, clock.instant()));
        LOG.info(() -> "person " + personId + " made new recovery codes");
        return new Result(Outcome.ACCEPTED, codes);
    }

    /**
     * Turns the second factor off, with the password and a current code; not while the person's roles
     * require one. Wrong passwords count towards the sign-in throttle, wrong codes towards the code throttle.
     */
    @Transactional
    public Outcome turnOff(long personId, String password, String code, String remoteAddress) {
        Person person = person(personId);
        if (required(person.roles())) {
            return Outcome.REQUIRED_FOR_YOUR_ROLES;
        }
        if (factors.find(personId).isEmpty()) {
            return Outcome.NOT_ENROLLED;
        }
        if (!passwordThrottle.confirmsPassword(person, password, remoteAddress)) {
            return Outcome.WRONG_PASSWORD;
        }
        Outcome outcome = check(personId, code);
        if (outcome != Outcome.ACCEPTED) {
            return outcome;
        }
        factors.remove(personId);
        tell(person, "Two-step sign-in is off for your Kindred account",
                "Two-step sign-in has just been turned off for your Kindred account.");
        LOG.info(() -> "person " + personId + " turned their second factor off");
        return Outcome.ACCEPTED;
    }

    /**
     * An admin removes a person's second factor (a lost phone): they sign in with their password next
     * time and, if their roles require it, enrol again at once. Audited; the person is told by email.
     *
     * @return whether there was one to remove
     */
    @Transactional
    public boolean reset(Caller admin, long personId) {
        if (!admin.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        Person person = people.findWithRoles(personId)
                .filter(p -> p.organisationId() == admin.organisationId())
                .orElseThrow(NotFoundException::new);
        if (!factors.remove(personId)) {
            return false;
        }
        audit.add(new AuditEntry(admin.organisationId(), clock.instant(), admin.personId(),
                AuditEntry.Action.RESET_SECOND_FACTOR, null, null, personId, true));
        tell(person, "Two-step sign-in was reset for your Kindred account",
                "An administrator has reset two-step sign-in for your Kindred account: your authenticator app"
                + " and recovery codes no longer work for it.");
        LOG.info(() -> "person " + personId + " had their second factor reset by person " + admin.personId());
        return true;
    }

    /** Whether the person has enrolled (for an admin's page). */
    @Transactional
    public boolean enrolled(long personId) {
        return factors.find(personId).isPresent();
    }

    private Outcome check(long personId, String typed) {
        Optional<TotpEnrolment> enrolment = factors.find(personId);
        if (enrolment.isEmpty()) {
            return Outcome.NOT_ENROLLED;
        }
        if (!throttle.tryOnce(personId)) {
            return Outcome.TOO_MANY_TRIES;
        }
        Outcome outcome;
        if (RecoveryCodes.looksLikeOne(typed)) {
            outcome = factors.spendRecoveryCode(personId, RecoveryCodes.hash(typed), clock.instant())
                    ? Outcome.ACCEPTED : Outcome.WRONG_CODE;
        } else {
            String secret;
            try {
                secret = sealer.open(personId, enrolment.get().sealedSecret());
            } catch (IllegalStateException e) {
                LOG.warning(() -> "person " + personId + ": the second factor's secret does not open with the"
                        + " configured key (kindred.mfa.secret-key changed or missing?)");
                return Outcome.UNAVAILABLE;
            }
            OptionalLong step = matchingStep(secret, typed);
            if (step.isEmpty()) {
                outcome = Outcome.WRONG_CODE;
            } else {
                outcome = factors.acceptStep(personId, step.getAsLong()) ? Outcome.ACCEPTED : Outcome.USED_ALREADY;
            }
        }
        if (outcome == Outcome.ACCEPTED) {
            throttle.succeeded(personId);
        }
        return outcome;
    }

    /**
     * The time step (previous, current or next) whose code this is. Every candidate is compared, each in
     * constant time, so the time taken does not say which matched or how much.
     */
    OptionalLong matchingStep(String secret, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long now = clock.instant().getEpochSecond() / TotpAlgorithm.STEP_SECONDS;
        long matched = -1;
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(given, totp.code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                matched = step;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    private static List<RecoveryCode> hashed(long personId, List<String> codes, Instant now) {
        return codes.stream().map(c -> new RecoveryCode(personId, RecoveryCodes.hash(c), now)).toList();
    }

    private Person person(long personId) {
        return people.findWithRoles(personId).orElseThrow(NotFoundException::new);
    }

    /** A notice of a change to the person's sign-in; a mail server that is down does not undo the change. */
    private void tell(Person person, String subject, String what) {
        try {
            mailer.send(new MailMessage(person.email().value(), subject, "Hello " + person.displayName() + ",\n\n"
                    + what + "\n\nIf this was not you, tell your Kindred administrator at once.\n"));
        } catch (MailDeliveryException e) {
            LOG.warning(() -> "person " + person.id() + ": the notice of a second-factor change was not sent");
        }
    }
}
