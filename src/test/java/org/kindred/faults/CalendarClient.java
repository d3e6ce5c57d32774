package org.kindred.faults;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.it.Mail;

/**
 * What a calendar client shows for one UID after it has read a person's iTIP messages: it cannot
 * trust the order in which mail arrives (after an outage the outbox retries out of order), so it
 * applies them by SEQUENCE. A REQUEST with the master replaces the whole event (master and overrides);
 * a REQUEST with a RECURRENCE-ID replaces that one date; CANCEL removes the whole event or one date.
 * Understands the RRULEs Kindred writes (FREQ=WEEKLY with INTERVAL, COUNT or UNTIL) and fails loudly
 * on anything else.
 */
final class CalendarClient {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private CalendarClient() {
    }

    /** One VEVENT of a message. */
    record Component(String uid, int sequence, LocalDateTime recurrenceId, LocalDateTime start, String rrule,
                     List<LocalDateTime> exdates) {
    }

    /** One delivered message: its method, its components, and when Kindred wrote it (the outbox row's id). */
    record Message(String method, List<Component> components, long written) {

        int sequence(String uid) {
            // the SEQUENCE that rules the message: the master's, or else its one override's
            return components.stream().filter(c -> c.uid().equals(uid))
                    .min(Comparator.comparing(c -> c.recurrenceId() != null)).orElseThrow().sequence();
        }

        boolean concerns(String uid) {
            return components.stream().anyMatch(c -> c.uid().equals(uid));
        }

        Component master(String uid) {
            return components.stream().filter(c -> c.uid().equals(uid) && c.recurrenceId() == null).findFirst().orElse(null);
        }
    }

    static Message parse(String ics, long written) {
        String text = Mail.unfold(ics);
        String method = Mail.value(text, "METHOD");
        List<Component> components = new ArrayList<>();
        Matcher events = Pattern.compile("BEGIN:VEVENT\\r?\\n(.*?)END:VEVENT", Pattern.DOTALL).matcher(text);
        while (events.find()) {
            String uid = null;
            int sequence = 0;
            LocalDateTime recurrenceId = null;
            LocalDateTime start = null;
            String rrule = null;
            List<LocalDateTime> exdates = new ArrayList<>();
            for (String line : events.group(1).split("\\r?\\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String head = line.substring(0, colon);
                String name = head.contains(";") ? head.substring(0, head.indexOf(';')) : head;
                String value = line.substring(colon + 1).strip();
                switch (name) {
                    case "UID" -> uid = value;
                    case "SEQUENCE" -> sequence = Integer.parseInt(value);
                    case "RECURRENCE-ID" -> recurrenceId = time(head, value);
                    case "DTSTART" -> start = time(head, value);
                    case "RRULE" -> rrule = value;
                    case "EXDATE" -> {
                        for (String one : value.split(",")) {
                            exdates.add(time(head, one));
                        }
                    }
                    default -> { }
                }
            }
            components.add(new Component(uid, sequence, recurrenceId, start, rrule, List.copyOf(exdates)));
        }
        if (method == null || components.isEmpty()) {
            throw new AssertionError("not an iTIP message:\n" + ics);
        }
        return new Message(method, List.copyOf(components), written);
    }

    /** A local London time from DTSTART;TZID=Europe/London:20270106T090000 or a UTC ...Z value. */
    private static LocalDateTime time(String head, String value) {
        if (value.endsWith("Z")) {
            return LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(LONDON).toLocalDateTime();
        }
        if (!head.contains("TZID=Europe/London")) {
            throw new AssertionError("a time in an unexpected zone: " + head + ":" + value);
        }
        return LocalDateTime.parse(value, LOCAL);
    }

    /**
     * The starts of the sessions of {@code uid} a client shows after applying these messages by SEQUENCE.
     * Messages of equal SEQUENCE are applied in the order written, or the reverse with
     * {@code tiesReversed}: the result must not depend on it.
     */
    static TreeSet<LocalDateTime> shown(List<Message> messages, String uid, boolean tiesReversed) {
        Comparator<Message> written = Comparator.comparingLong(Message::written);
        List<Message> ordered = messages.stream().filter(m -> m.concerns(uid))
                .sorted(Comparator.comparingInt((Message m) -> m.sequence(uid))
                        .thenComparing(tiesReversed ? written.reversed() : written))
                .toList();
        Component master = null;
        Map<LocalDateTime, Component> overrides = new HashMap<>(); // a null value: that date cancelled
        for (Message message : ordered) {
            Component whole = message.master(uid);
            boolean cancel = message.method().equals("CANCEL");
            if (whole != null) {
                master = cancel ? null : whole;
                overrides.clear();
                if (!cancel) {
                    message.components().stream().filter(c -> c.uid().equals(uid) && c.recurrenceId() != null)
                            .forEach(c -> overrides.put(c.recurrenceId(), c));
                }
            } else {
                for (Component one : message.components()) {
                    if (one.uid().equals(uid)) {
                        overrides.put(one.recurrenceId(), cancel ? null : one);
                    }
                }
            }
        }
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        if (master == null) {
            return starts; // never invited, or the whole event was cancelled
        }
        starts.addAll(expand(master));
        master.exdates().forEach(starts::remove);
        for (Map.Entry<LocalDateTime, Component> override : overrides.entrySet()) {
            starts.remove(override.getKey());
            if (override.getValue() != null) {
                starts.add(override.getValue().start()); // shown even if the rule no longer has its date
            }
        }
        return starts;
    }

    private static List<LocalDateTime> expand(Component master) {
        if (master.rrule() == null) {
            return List.of(master.start());
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : master.rrule().split(";")) {
            String[] pair = part.split("=", 2);
            parts.put(pair[0], pair[1]);
        }
        if (!"WEEKLY".equals(parts.remove("FREQ"))) {
            throw new AssertionError("an RRULE this model does not read: " + master.rrule());
        }
        int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        parts.remove("INTERVAL");
        parts.remove("WKST");
        String byDay = parts.remove("BYDAY");
        if (byDay != null && byDay.contains(",")) {
            throw new AssertionError("an RRULE this model does not read: " + master.rrule());
        }
        Integer count = parts.containsKey("COUNT") ? Integer.valueOf(parts.remove("COUNT")) : null;
        String untilText = parts.remove("UNTIL");
        if (!parts.isEmpty() || (count == null) == (untilText == null)) {
            throw new AssertionError("an RRULE this model does not read: " + master.rrule());
        }
        LocalDateTime until = untilText == null ? null : untilText.length() == 8
                ? java.time.LocalDate.parse(untilText, DateTimeFormatter.BASIC_ISO_DATE).atTime(23, 59, 59)
                : time("TZID=Europe/London", untilText);
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDateTime next = master.start(); ; next = next.plusWeeks(interval)) {
            if (count != null && starts.size() == count || until != null && next.isAfter(until)) {
                return starts;
            }
            starts.add(next);
        }
    }
}
