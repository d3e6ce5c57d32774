package org.kindred.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one declarative table of who gets what: {@code matrix.txt} beside this class. Each row is a
 * request (method, path with {placeholders}, optional query and JSON body) and one expected outcome
 * per role; the file's header explains the notation.
 */
final class AuthorizationTable {

    static final String FILE = "src/test/resources/org/kindred/authorization/matrix.txt";

    private static final Pattern ROW = Pattern.compile(
            "^(GET|POST|PUT|DELETE|PATCH)\\s+(\\S+)((?:\\s+\\S+){6})(?:\\s+(\\{.*}))?\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z.]+)}");
    private static final Pattern CELL = Pattern.compile("(login|\\d{3})(\\+audit)?");

    final List<Row> rows;

    private AuthorizationTable(List<Row> rows) {
        this.rows = rows;
    }

    static AuthorizationTable load() throws IOException {
        try (InputStream in = AuthorizationTable.class.getResourceAsStream("matrix.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static AuthorizationTable parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + " is not "
                        + "METHOD /path six-outcomes [json body]: " + line);
            }
            String[] cells = m.group(3).strip().split("\\s+");
            List<Cell> parsed = new ArrayList<>();
            for (String cell : cells) {
                parsed.add(Cell.parse(cell, i + 1));
            }
            rows.add(new Row(i + 1, m.group(1), m.group(2), List.copyOf(parsed), m.group(4)));
        }
        return new AuthorizationTable(rows);
    }

    /** "/api/groups/{id}/roster" and "/api/groups/{group}/roster" are the same target: "/api/groups/{}/roster". */
    static String shape(String path) {
        return PLACEHOLDER.matcher(path).replaceAll("{}");
    }

    static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** One request and what each role must get. */
    record Row(int line, String method, String target, List<Cell> cells, String body) {

        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        String query() {
            int q = target.indexOf('?');
            return q < 0 ? "" : target.substring(q + 1);
        }

        /** Whether owned and not-owned objects are worth trying separately. */
        boolean namesObjects() {
            return !placeholders(target).isEmpty() || !placeholders(body).isEmpty();
        }

        Cell cell(Role role) {
            return cells.get(role.ordinal());
        }
    }

    /** "200", "login", "200/404" (objects the caller owns / does not own), "404+audit". */
    record Cell(Outcome own, Outcome other) {
        static Cell parse(String text, int line) {
            String[] parts = text.split("/", -1);
            if (parts.length > 2) {
                throw new IllegalArgumentException(FILE + " line " + line + ": " + text);
            }
            Outcome own = Outcome.parse(parts[0], line);
            return new Cell(own, parts.length == 2 ? Outcome.parse(parts[1], line) : own);
        }

        Outcome expected(boolean owned) {
            return owned ? own : other;
        }

        boolean split() {
            return !own.equals(other);
        }

        @Override
        public String toString() {
            return split() ? own + "/" + other : own.toString();
        }
    }

    /** A status, or "login" (302 to the sign-in page, or 401 from the API), perhaps with an audit entry. */
    record Outcome(String status, boolean audited) {
        static Outcome parse(String text, int line) {
            Matcher m = CELL.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException(FILE + " line " + line + ": an outcome is login or a status "
                        + "(e.g. 200, 403, 404), optionally +audit, and own/other when they differ: " + text);
            }
            return new Outcome(m.group(1), m.group(2) != null);
        }

        @Override
        public String toString() {
            return status + (audited ? "+audit" : "");
        }
    }

    /** The table's columns, in order. */
    enum Role {
        ANONYMOUS("anonymous"), PARTICIPANT("participant"), FACILITATOR_A("facilitatorA"),
        FACILITATOR_B("facilitatorB"), ORGANISER("organiser"), ADMIN("admin");

        final String column;

        Role(String column) {
            this.column = column;
        }

        @Override
        public String toString() {
            return column;
        }
    }
}
