package org.kindred.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kindred.application.access.ConflictException;

class RetryTest {

    private static RuntimeException deadlock() {
        return new RuntimeException("wrapped", new SQLException("Deadlock found", "40001", 1213));
    }

    @Test
    void aDeadlockVictimIsRunAgain() {
        AtomicInteger calls = new AtomicInteger();
        String result = Retry.retrying(() -> {
            if (calls.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, calls.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(ConflictException.class, () -> Retry.retrying(() -> {
            calls.incrementAndGet();
            throw new ConflictException("already");
        }));
        assertEquals(1, calls.get());
        assertTrue(Retry.isTransient(deadlock()));
        assertFalse(Retry.isTransient(new RuntimeException(new SQLException("dup", "23000", 1062))));
    }

    @Test
    void anAccountMadeMeanwhileRunsTheTransactionAgain() {
        AtomicInteger calls = new AtomicInteger();
        assertEquals("found", Retry.retrying(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new Retry.Again();
            }
            return "found";
        }));
        assertEquals(2, calls.get());
    }
}
