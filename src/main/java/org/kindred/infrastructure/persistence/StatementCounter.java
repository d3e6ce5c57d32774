package org.kindred.infrastructure.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while counting is on
 * ({@link #start()} to {@link #stop()}). Installed by persistence.xml; it costs one thread-local read
 * per statement when nobody counts. Used by the statement-count diagnostic, which the integration
 * tests turn on to catch a query per row (N+1) as a count, not a time.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements since {@link #start()}; counting stops. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
