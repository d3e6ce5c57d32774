package org.kindred.application.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;

/**
 * The rules of an import file, checked before anything is written (ADR 0019): the columns by their
 * header names, each row's address, name, roles and active flag, duplicates, and what each row would
 * do to the people as they are. Pure: the caller hands in the people it knows.
 * <p>
 * Columns (any order, names case-insensitive): {@code email} (or "work email"), {@code name} (or
 * "display name"), {@code roles} (optional; roles separated by {@code ;} or {@code |}, names
 * case-insensitive; empty means PARTICIPANT) and {@code active} (optional; {@code false}, {@code no}
 * or {@code 0} deactivates the person, anything else of {@code true}, {@code yes}, {@code 1} or empty
 * leaves or makes them active).
 */
public final class ImportFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    public static final String TOO_BIG = "The file is over 5 MB. Split it into smaller files.";
    public static final String TOO_MANY_ROWS = "The file has more than 20,000 people. Split it into smaller files.";

    /** What a good row would do. */
    public enum Change { NEW, UNCHANGED, CHANGED, DEACTIVATE }

    /** A good row: what it asks for and what it would do. */
    public record Row(int line, String email, String name, Set<Role> roles, boolean active, Change change)
            implements java.io.Serializable {
    }

    /** A bad row: its line number and why. */
    public record BadRow(int line, String reason) implements java.io.Serializable {
    }

    /** What the file would do, and every bad row. Nothing is written while this is made. */
    public record Preview(int created, int unchanged, int changed, int deactivated, List<BadRow> bad, List<Row> rows)
            implements java.io.Serializable {

        public boolean hasErrors() {
            return !bad.isEmpty();
        }

        /** The rows that change something: the ones a confirmed import stores and applies. */
        public List<Row> changes() {
            return rows.stream().filter(r -> r.change() != Change.UNCHANGED).toList();
        }
    }

    /** Someone the file may name: in the admin's organisation, or an address taken elsewhere. */
    public interface People {
        Optional<Person> inOrganisation(String email);

        boolean takenElsewhere(String email);
    }

    private ImportFile() {
    }

    /** The header's column indexes by meaning, or a refusal of the whole file. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT)
                    .replace('_', ' ').replace('-', ' ');
            String meaning = switch (name) {
                case "email", "work email", "email address", "work email address" -> "email";
                case "name", "display name", "full name" -> "name";
                case "roles", "role" -> "roles";
                case "active" -> "active";
                default -> null;
            };
            if (meaning != null && columns.putIfAbsent(meaning, i) != null) {
                throw new ImportFileException("The header names the column \"" + header.get(i).strip() + "\" twice.");
            }
        }
        if (!columns.containsKey("email") || !columns.containsKey("name")) {
            throw new ImportFileException("The first line must name the columns: email and name, and "
                    + "optionally roles and active, such as: email,name,roles");
        }
        return columns;
    }

    /**
     * Checks every row of the table.
     *
     * @param adminEmail the uploading admin's address: a row may not take their own admin role away
     */
    public static Preview check(PeopleCsv.Table table, People people, String adminEmail) {
        if (table.lines().size() > MAX_ROWS) {
            throw new ImportFileException(TOO_MANY_ROWS);
        }
        Map<String, Integer> columns = columns(table.header());
        List<BadRow> bad = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        int[] counts = new int[Change.values().length];
        for (PeopleCsv.Line line : table.lines()) {
            Function<String, String> field = column -> {
                Integer index = columns.get(column);
                return index == null || index >= line.fields().size() || line.fields().get(index) == null
                        ? "" : line.fields().get(index).strip();
            };
            String problem = null;
            String rawEmail = field.apply("email");
            String name = field.apply("name");
            String email = null;
            Set<Role> roles = null;
            Boolean active = null;
            if (rawEmail.isEmpty()) {
                problem = "The email address is missing.";
            } else if (rawEmail.length() > EmailAddress.MAX_LENGTH) {
                problem = "The email address is longer than " + EmailAddress.MAX_LENGTH + " characters.";
            } else {
                try {
                    email = new EmailAddress(rawEmail).value();
                } catch (IllegalArgumentException e) {
                    problem = "\"" + shortened(rawEmail) + "\" is not an email address.";
                }
            }
            if (problem == null && name.isEmpty()) {
                problem = "The name is missing.";
            } else if (problem == null && name.length() > Person.MAX_NAME_LENGTH) {
                problem = "The name is longer than " + Person.MAX_NAME_LENGTH + " characters.";
            }
            if (problem == null) {
                roles = EnumSet.noneOf(Role.class);
                for (String part : field.apply("roles").split("[;|,]")) {
                    String role = part.strip().toUpperCase(Locale.ROOT);
                    if (role.isEmpty()) {
                        continue;
                    }
                    try {
                        roles.add(Role.valueOf(role));
                    } catch (IllegalArgumentException e) {
                        problem = "\"" + shortened(part.strip()) + "\" is not a role: use participant, facilitator, "
                                + "organiser or admin.";
                        break;
                    }
                }
                if (roles.isEmpty()) {
                    roles.add(Role.PARTICIPANT);
                }
            }
            if (problem == null) {
                String flag = field.apply("active").toLowerCase(Locale.ROOT);
                switch (flag) {
                    case "", "true", "yes", "1" -> active = true;
                    case "false", "no", "0" -> active = false;
                    default -> problem = "Active must be true or false, not \"" + shortened(flag) + "\".";
                }
            }
            if (problem == null) {
                Integer earlier = firstLineOf.putIfAbsent(email, line.number());
                if (earlier != null) {
                    problem = "The same email address as line " + earlier + ".";
                }
            }
            if (problem == null && email.equals(adminEmail) && (!active || !roles.contains(Role.ADMIN))) {
                problem = "This row would take away your own admin access. Another admin can change it.";
            }
            if (problem == null && people.takenElsewhere(email)) {
                problem = "This email address cannot be used here.";
            }
            if (problem != null) {
                bad.add(new BadRow(line.number(), problem));
                continue;
            }
            Change change = change(people.inOrganisation(email), name, roles, active);
            counts[change.ordinal()]++;
            rows.add(new Row(line.number(), email, name, roles, active, change));
        }
        return new Preview(counts[Change.NEW.ordinal()], counts[Change.UNCHANGED.ordinal()],
                counts[Change.CHANGED.ordinal()], counts[Change.DEACTIVATE.ordinal()], List.copyOf(bad), List.copyOf(rows));
    }

    /** The file's addresses that read as addresses, normalised: to ask once which are taken elsewhere. */
    public static List<String> emails(PeopleCsv.Table table) {
        int column = columns(table.header()).get("email");
        List<String> emails = new ArrayList<>();
        for (PeopleCsv.Line line : table.lines()) {
            if (column < line.fields().size() && line.fields().get(column) != null) {
                try {
                    emails.add(new EmailAddress(line.fields().get(column)).value());
                } catch (IllegalArgumentException e) {
                    // reported by check
                }
            }
        }
        return emails;
    }

    /** What a row would do to the person as they are now. */
    static Change change(Optional<Person> existing, String name, Set<Role> roles, boolean active) {
        if (existing.isEmpty()) {
            return active ? Change.NEW : Change.UNCHANGED; // nobody to deactivate
        }
        Person person = existing.get();
        if (!active) {
            return person.active() ? Change.DEACTIVATE : Change.UNCHANGED;
        }
        boolean same = person.active() && person.displayName().equals(name) && person.roles().equals(roles);
        return same ? Change.UNCHANGED : Change.CHANGED;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
