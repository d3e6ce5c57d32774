package org.kindred.infrastructure.persistence;

import java.sql.SQLException;
import org.kindred.infrastructure.config.KindredSettings;
import org.kindred.infrastructure.config.SettingException;

/** Turns a failed first connection into the setting an operator has to fix. */
final class DatabaseSettingsProblem {

    private DatabaseSettingsProblem() {
    }

    static SettingException describe(SQLException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String state = firstState(e);
        String reason = firstLine(cause.getMessage());
        if (state != null && state.startsWith("28")) {
            return new SettingException(KindredSettings.DB_USER,
                    "or " + KindredSettings.DB_PASSWORD + " was refused by the database: " + reason);
        }
        return new SettingException(KindredSettings.DB_URL, "does not lead to a usable database: " + reason);
    }

    private static String firstState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
