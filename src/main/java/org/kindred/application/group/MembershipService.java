package org.kindred.application.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Joining, leaving, invitations and approvals. Each change is one transaction in
 * {@link MembershipChanges}; when the database picks it as a deadlock victim it is simply run
 * again, as MySQL's documentation advises, so the person never sees it.
 */
@ApplicationScoped
public class MembershipService {

    private static final Logger LOG = Logger.getLogger(MembershipService.class.getName());
    private static final int ATTEMPTS = 5;

    @Inject
    MembershipChanges changes;

    public JoinResult join(Caller caller, long groupId) {
        return retrying(() -> changes.join(caller, groupId));
    }

    public void leave(Caller caller, long groupId) {
        retrying(() -> changes.leave(caller, groupId));
    }

    public void invite(Caller caller, long groupId, String email) {
        retrying(() -> changes.invite(caller, groupId, email));
    }

    public void decline(Caller caller, long groupId) {
        retrying(() -> changes.decline(caller, groupId));
    }

    public JoinResult approve(Caller caller, long groupId, long personId) {
        return retrying(() -> changes.approve(caller, groupId, personId));
    }

    public void remove(Caller caller, long groupId, long personId) {
        retrying(() -> changes.remove(caller, groupId, personId));
    }

    static void retrying(Runnable work) {
        retrying(() -> {
            work.run();
            return null;
        });
    }

    static <T> T retrying(Supplier<T> work) {
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

    /** MySQL/MariaDB deadlock (1213) or lock wait timeout (1205), SQLSTATE 40001 or 41000. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
}
