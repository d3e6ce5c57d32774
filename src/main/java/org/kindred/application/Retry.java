package org.kindred.application;

import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a whole transaction again when MySQL picks it as a deadlock victim or a lock wait times out,
 * as MySQL's documentation advises, so the person never sees it. Only transactions that take their
 * locks first and change nothing outside the database may be wrapped.
 */
public final class Retry {

    private static final Logger LOG = Logger.getLogger(Retry.class.getName());
    private static final int ATTEMPTS = 5;

    private Retry() {
    }

    public static void retrying(Runnable work) {
        retrying(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> "transaction retried after a deadlock or lock timeout (attempt " + tried + ")");
            }
        }
    }

    /**
     * Thrown to run the whole transaction again: a concurrent one has just made the row this one was
     * about to make (a new account at the same address), and the next attempt will find it.
     */
    public static final class Again extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Again() {
            super("run the transaction again", null, false, false);
        }
    }

    /** MySQL/MariaDB deadlock (1213) or lock wait timeout (1205), SQLSTATE 40001 or 41000; or {@link Again}. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Again) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                        || "40001".equals(state) || "41000".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A failure of the database itself rather than of one piece of work: a connection that cannot be
     * made or was lost (SQLSTATE class 08), or a transaction that could not begin or commit. Work that
     * meets one should wait and be tried again, not be counted as bad.
     */
    public static boolean isInfrastructure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException)) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("CannotCreateTransactionException") || name.equals("jakarta.transaction.SystemException")
                    || name.endsWith(".ResourceException") || name.endsWith("PoolingException")) {
                return true;
            }
        }
        return isTransient(e);
    }
}
