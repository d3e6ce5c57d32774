package org.kindred.application.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.application.account.LoginThrottle;
import org.kindred.application.account.PasswordHasher;
import org.kindred.application.fixtures.InMemoryPersonRepository;
import org.kindred.application.fixtures.LockOrder;
import org.kindred.application.secondfactor.SecondFactorService.Outcome;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.secondfactor.RecoveryCode;
import org.kindred.domain.model.secondfactor.SecondFactorRepository;
import org.kindred.domain.model.secondfactor.TotpEnrolment;
import org.kindred.infrastructure.totp.SamstevensTotpAlgorithm;

/** The rules of codes, wired by hand over an in-memory store and the real TOTP algorithm. */
class SecondFactorServiceTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryFactors factors = new InMemoryFactors();
    private final TotpAlgorithm totp = new SamstevensTotpAlgorithm();
    private final Set<Role> required = EnumSet.noneOf(Role.class);
    private final List<String> mailed = new ArrayList<>();
    private SecondFactorService service;
    private long pat;

    @BeforeEach
    void wire() {
        InMemoryPersonRepository people = new InMemoryPersonRepository(new LockOrder());
        Person person = new Person(1L, "Pat", new EmailAddress("pat@kindred.test"), Set.of(Role.PARTICIPANT), clock.instant());
        person.changePasswordHash("hash:right");
        people.add(person);
        pat = person.id();
        PasswordHasher hasher = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return "hash:" + new String(password);
            }

            @Override
            public boolean matches(char[] password, String storedHash) {
                return storedHash != null && storedHash.equals("hash:" + new String(password));
            }
        };
        service = new SecondFactorService();
        service.factors = factors;
        service.people = people;
        service.totp = totp;
        service.sealer = new SecretSealer() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String seal(long personId, String secret) {
                return personId + ":" + new StringBuilder(secret).reverse();
            }

            @Override
            public String open(long personId, String sealed) {
                return new StringBuilder(sealed.substring(sealed.indexOf(':') + 1)).reverse().toString();
            }
        };
        service.settings = () -> required;
        service.throttle = new CodeThrottle(clock);
        service.passwordThrottle = new LoginThrottle(clock, hasher);
        service.mailer = message -> mailed.add(message.subject());
        service.clock = clock;
    }

    private long step() {
        return clock.instant().getEpochSecond() / TotpAlgorithm.STEP_SECONDS;
    }

    private String enrol() {
        String secret = service.begin(pat).orElseThrow().secret();
        SecondFactorService.Result result = service.confirm(pat, secret, totp.code(secret, step()));
        assertTrue(result.accepted());
        assertEquals(RecoveryCodes.COUNT, result.recoveryCodes().size());
        return secret;
    }

    @Test
    void aWrongCodeDoesNotEnrolARightOneDoesAndCannotBeUsedAgain() {
        String secret = service.begin(pat).orElseThrow().secret();
        String wrong = totp.code(secret, step() + 5);
        assertEquals(Outcome.WRONG_CODE, service.confirm(pat, secret, wrong).outcome());
        assertFalse(service.enrolled(pat));
        String now = totp.code(secret, step());
        assertTrue(service.confirm(pat, secret, now).accepted());
        assertTrue(service.enrolled(pat));
        assertNotEquals(secret, factors.enrolments.get(pat).sealedSecret(), "stored sealed");
        assertEquals(Outcome.USED_ALREADY, service.verify(pat, now), "the confirming code is spent");
        assertEquals(List.of("Two-step sign-in is on for your Kindred account"), mailed);
    }

    @Test
    void codesOfTheStepsAroundNowAreAcceptedOnceEachAndOnlyForward() {
        String secret = enrol();
        long now = step();
        assertEquals(Outcome.WRONG_CODE, service.verify(pat, totp.code(secret, now + 2)), "too far ahead");
        assertEquals(Outcome.ACCEPTED, service.verify(pat, totp.code(secret, now + 1)), "one step ahead: a fast clock");
        assertEquals(Outcome.USED_ALREADY, service.verify(pat, totp.code(secret, now + 1)));
        assertEquals(Outcome.USED_ALREADY, service.verify(pat, totp.code(secret, now)), "an earlier step after a later one");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Outcome.ACCEPTED, service.verify(pat, " " + totp.code(secret, step()) + " "), "spaces do not matter");
        assertEquals(Outcome.WRONG_CODE, service.verify(pat, "12345"));
        assertEquals(Outcome.WRONG_CODE, service.verify(pat, null));
    }

    @Test
    void fiveWrongCodesRefuseEvenARightOneUntilTheWindowPasses() {
        String secret = enrol();
        for (int i = 0; i < CodeThrottle.LIMIT; i++) {
            assertEquals(Outcome.WRONG_CODE, service.verify(pat, "000000".equals(totp.code(secret, step())) ? "111111" : "000000"));
        }
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Outcome.TOO_MANY_TRIES, service.verify(pat, totp.code(secret, step())));
        clock.advance(CodeThrottle.WINDOW);
        assertEquals(Outcome.ACCEPTED, service.verify(pat, totp.code(secret, step())));
    }

    @Test
    void aRecoveryCodeWorksOnceAndNewOnesReplaceTheOld() {
        String secret = service.begin(pat).orElseThrow().secret();
        List<String> codes = service.confirm(pat, secret, totp.code(secret, step())).recoveryCodes();
        assertEquals(Outcome.ACCEPTED, service.verify(pat, codes.get(0).toUpperCase().replace("-", " ")));
        assertEquals(Outcome.WRONG_CODE, service.verify(pat, codes.get(0)));
        assertEquals(9, service.status(pat).recoveryCodesLeft());
        clock.advance(Duration.ofSeconds(30));
        List<String> fresh = service.newRecoveryCodes(pat, totp.code(secret, step())).recoveryCodes();
        assertEquals(RecoveryCodes.COUNT, fresh.size());
        assertEquals(Outcome.WRONG_CODE, service.verify(pat, codes.get(1)), "the old ones stop working");
        assertEquals(Outcome.ACCEPTED, service.verify(pat, fresh.get(1)));
    }

    @Test
    void turningOffNeedsThePasswordAndACodeAndIsRefusedWhenTheRolesRequireIt() {
        String secret = enrol();
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Outcome.WRONG_PASSWORD, service.turnOff(pat, "wrong", totp.code(secret, step()), "127.0.0.1"));
        required.add(Role.PARTICIPANT);
        assertEquals(Outcome.REQUIRED_FOR_YOUR_ROLES, service.turnOff(pat, "right", totp.code(secret, step()), "127.0.0.1"));
        required.clear();
        assertEquals(Outcome.ACCEPTED, service.turnOff(pat, "right", totp.code(secret, step()), "127.0.0.1"));
        assertFalse(service.enrolled(pat));
    }

    @Test
    void aSecondFactorIsNeededWhenEnrolledOrRequiredByARole() {
        assertFalse(service.neededAfterPassword(pat, Set.of("PARTICIPANT")));
        required.add(Role.ADMIN);
        assertTrue(service.neededAfterPassword(pat, Set.of("PARTICIPANT", "ADMIN")));
        assertFalse(service.neededAfterPassword(pat, Set.of("PARTICIPANT")));
        enrol();
        assertTrue(service.neededAfterPassword(pat, Set.of("PARTICIPANT")));
    }

    @Test
    void aPendingSignInExpiresAfterFiveMinutes() {
        PendingSignIn pending = new PendingSignIn(pat, clock.instant());
        assertFalse(pending.expired(clock.instant().plus(Duration.ofMinutes(4))));
        assertTrue(pending.expired(clock.instant().plus(PendingSignIn.VALIDITY)));
    }

    @Test
    void recoveryCodesAreDistinctReadableAndHashedAfterNormalising() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(RecoveryCodes.COUNT, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(c.matches("[a-z2-9]{5}-[a-z2-9]{5}"), c));
        assertEquals(RecoveryCodes.hash("abcde-fghjk"), RecoveryCodes.hash(" ABCDE FGHJK "));
        assertTrue(RecoveryCodes.looksLikeOne("ABCDE-fghjk"));
        assertFalse(RecoveryCodes.looksLikeOne("123456"));
    }

    private static final class InMemoryFactors implements SecondFactorRepository {
        final Map<Long, TotpEnrolment> enrolments = new HashMap<>();
        final Map<Long, Long> steps = new HashMap<>();
        final Map<Long, Map<String, Boolean>> codes = new HashMap<>(); // hash -> used

        @Override
        public Optional<TotpEnrolment> find(long personId) {
            return Optional.ofNullable(enrolments.get(personId));
        }

        @Override
        public void enrol(TotpEnrolment enrolment, List<RecoveryCode> recovery) {
            enrolments.put(enrolment.personId(), enrolment);
            steps.put(enrolment.personId(), enrolment.lastStep());
            replaceRecoveryCodes(enrolment.personId(), recovery);
        }

        @Override
        public boolean acceptStep(long personId, long step) {
            if (steps.getOrDefault(personId, Long.MAX_VALUE) < step) {
                steps.put(personId, step);
                return true;
            }
            return false;
        }

        @Override
        public void replaceRecoveryCodes(long personId, List<RecoveryCode> recovery) {
            Map<String, Boolean> fresh = new HashMap<>();
            recovery.forEach(c -> fresh.put(hashOf(c), false));
            codes.put(personId, fresh);
        }

        @Override
        public boolean spendRecoveryCode(long personId, String codeHash, Instant now) {
            Map<String, Boolean> mine = codes.getOrDefault(personId, Map.of());
            if (Boolean.FALSE.equals(mine.get(codeHash))) {
                mine.put(codeHash, true);
                return true;
            }
            return false;
        }

        @Override
        public long unusedRecoveryCodes(long personId) {
            return codes.getOrDefault(personId, Map.of()).values().stream().filter(used -> !used).count();
        }

        @Override
        public boolean remove(long personId) {
            codes.remove(personId);
            steps.remove(personId);
            return enrolments.remove(personId) != null;
        }

        private static String hashOf(RecoveryCode code) {
            return code.codeHash();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:05Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
