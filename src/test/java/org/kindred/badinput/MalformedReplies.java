package org.kindred.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Mutations of one valid iTIP REPLY, each of which must be rejected: generated from a seed, so a
 * failing case can be made again. Each case is the calendar text (as bytes, with the charset its MIME
 * part declares), the sender, and what was done to it.
 */
final class MalformedReplies {

    /** One generated message. {@code charset} null means the part declares none. */
    record Case(String kind, String from, byte[] calendar, String contentType) {
    }

    /** What the valid reply is about and who sends it; {@code other} is another invited member. */
    record Reply(String uid, String attendee, String other, String organiser, int sequence, String recurrenceId) {

        String text(String partStat) {
            return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test client//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
                    + "UID:" + uid + "\r\nDTSTAMP:20261123T100000Z\r\nSEQUENCE:" + sequence + "\r\n"
                    + (recurrenceId == null ? "" : "RECURRENCE-ID;TZID=Europe/London:" + recurrenceId + "\r\n")
                    + "ATTENDEE;PARTSTAT=" + partStat + ":mailto:" + attendee + "\r\n"
                    + "ORGANIZER:mailto:" + organiser + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        }
    }

    private static final String CALENDAR = "text/calendar; method=REPLY; charset=UTF-8";

    private MalformedReplies() {
    }

    static List<Case> generate(Reply reply, long seed, int count) {
        Random random = new Random(seed);
        List<BiFunction<Reply, Random, Case>> kinds = kinds();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(kinds.get(i % kinds.size()).apply(reply, random));
        }
        return cases;
    }

    private static Case text(String kind, String from, String text) {
        return new Case(kind, from, text.getBytes(StandardCharsets.UTF_8), CALENDAR);
    }

    private static String partStat(Random random) {
        return random.nextBoolean() ? "ACCEPTED" : "DECLINED";
    }

    /** Replaces the first line starting with {@code name} (e.g. "UID:") by {@code line} (no CRLF: removed). */
    private static String line(String text, String name, String line) {
        int at = text.indexOf("\r\n" + name) + 2;
        int end = text.indexOf("\r\n", at);
        return text.substring(0, at) + (line == null ? "" : line + "\r\n") + text.substring(end + 2);
    }

    private static String lineOf(String text, String name) {
        int at = text.indexOf("\r\n" + name) + 2;
        return text.substring(at, text.indexOf("\r\n", at));
    }

    private static String junk(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        bytes[0] = 0; // binary for sure: a run of printable bytes could be a valid value by chance
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static List<BiFunction<Reply, Random, Case>> kinds() {
        List<BiFunction<Reply, Random, Case>> kinds = new ArrayList<>();
        // truncated: cut anywhere before the end of the event
        kinds.add((r, g) -> {
            String t = r.text(partStat(g));
            return text("truncated", r.attendee(), t.substring(0, g.nextInt(t.indexOf("END:VEVENT"))));
        });
        // UID: missing, empty, doubled, another event's, an unknown one
        kinds.add((r, g) -> text("no UID", r.attendee(), line(r.text(partStat(g)), "UID:", null)));
        kinds.add((r, g) -> text("empty UID", r.attendee(), line(r.text(partStat(g)), "UID:", "UID:" + " ".repeat(g.nextInt(3)))));
        kinds.add((r, g) -> {
            String t = r.text(partStat(g));
            return text("two UIDs", r.attendee(), line(t, "UID:", lineOf(t, "UID:") + "\r\nUID:other-" + g.nextInt(1000) + "@elsewhere"));
        });
        kinds.add((r, g) -> text("unknown UID", r.attendee(), line(r.text(partStat(g)), "UID:",
                "UID:" + (g.nextBoolean() ? "nobody-" + g.nextInt(100_000) + "@elsewhere" : r.uid().replace("@", g.nextInt(9) + "@")))));
        // ATTENDEE: missing, doubled, not the sender, unknown, not mailto, empty, huge
        kinds.add((r, g) -> text("no ATTENDEE", r.attendee(), line(r.text(partStat(g)), "ATTENDEE", null)));
        kinds.add((r, g) -> {
            String t = r.text(partStat(g));
            return text("two ATTENDEEs", r.attendee(), line(t, "ATTENDEE", lineOf(t, "ATTENDEE") + "\r\n"
                    + (g.nextBoolean() ? lineOf(t, "ATTENDEE") : "ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + r.other())));
        });
        kinds.add((r, g) -> text("ATTENDEE not the sender", r.attendee(), line(r.text(partStat(g)), "ATTENDEE",
                "ATTENDEE;PARTSTAT=" + partStat(g) + ":mailto:" + r.other())));
        kinds.add((r, g) -> {
            String stranger = "stranger" + g.nextInt(10_000) + "@elsewhere.example";
            return text("unknown attendee", stranger, line(r.text(partStat(g)), "ATTENDEE",
                    "ATTENDEE;PARTSTAT=" + partStat(g) + ":mailto:" + stranger));
        });
        kinds.add((r, g) -> text("ATTENDEE not mailto", r.attendee(), line(r.text(partStat(g)), "ATTENDEE",
                "ATTENDEE;PARTSTAT=" + partStat(g) + ":" + List.of("", "mailto:", "http://" + r.attendee(), r.attendee(),
                        "MAILTO", "tel:+44").get(g.nextInt(6)))));
        kinds.add((r, g) -> text("huge ATTENDEE", r.attendee(), line(r.text(partStat(g)), "ATTENDEE",
                "ATTENDEE;PARTSTAT=" + partStat(g) + ":mailto:" + "a".repeat(1000 + g.nextInt(60_000)) + r.attendee())));
        // PARTSTAT: missing, doubled, no answer, unknown
        kinds.add((r, g) -> text("no PARTSTAT", r.attendee(), line(r.text(partStat(g)), "ATTENDEE",
                "ATTENDEE" + (g.nextBoolean() ? ";RSVP=TRUE" : "") + ":mailto:" + r.attendee())));
        kinds.add((r, g) -> text("two PARTSTATs", r.attendee(), line(r.text(partStat(g)), "ATTENDEE",
                "ATTENDEE;PARTSTAT=ACCEPTED;PARTSTAT=DECLINED:mailto:" + r.attendee())));
        kinds.add((r, g) -> text("PARTSTAT with no answer", r.attendee(), r.text(List.of("NEEDS-ACTION", "", "\"\"").get(g.nextInt(3)))));
        kinds.add((r, g) -> text("unknown PARTSTAT", r.attendee(), r.text(List.of("MAYBE", "YES", "ACCEPT", "X-" + g.nextInt(99),
                "ACCEPTED,DECLINED", "DELEGATED", "COMPLETED", "IN-PROCESS").get(g.nextInt(8)))));
        // SEQUENCE: doubled, not a number, newer than any invitation sent, missing though the event's is not 0
        kinds.add((r, g) -> {
            String t = r.text(partStat(g));
            return text("two SEQUENCEs", r.attendee(), line(t, "SEQUENCE:", lineOf(t, "SEQUENCE:") + "\r\nSEQUENCE:" + (r.sequence() + 1 + g.nextInt(5))));
        });
        kinds.add((r, g) -> text("SEQUENCE not a number", r.attendee(), line(r.text(partStat(g)), "SEQUENCE:",
                "SEQUENCE:" + List.of("one", "", "1.5", "-", "99999999999999", "0x1", "١").get(g.nextInt(7)))));
        kinds.add((r, g) -> text("SEQUENCE from the future", r.attendee(), line(r.text(partStat(g)), "SEQUENCE:",
                "SEQUENCE:" + (r.sequence() + 1 + g.nextInt(1000)))));
        kinds.add((r, g) -> text("negative SEQUENCE", r.attendee(), line(r.text(partStat(g)), "SEQUENCE:",
                "SEQUENCE:-" + (1 + g.nextInt(50)))));
        // METHOD: missing, another, doubled
        kinds.add((r, g) -> text("no METHOD", r.attendee(), line(r.text(partStat(g)), "METHOD:", null)));
        kinds.add((r, g) -> text("wrong METHOD", r.attendee(), line(r.text(partStat(g)), "METHOD:",
                "METHOD:" + List.of("REQUEST", "CANCEL", "PUBLISH", "COUNTER", "REFRESH", "ADD", "DECLINECOUNTER", "REPLY2").get(g.nextInt(8)))));
        kinds.add((r, g) -> text("two METHODs", r.attendee(), line(r.text(partStat(g)), "METHOD:", "METHOD:REPLY\r\nMETHOD:"
                + (g.nextBoolean() ? "REQUEST" : "CANCEL"))));
        // dates: a RECURRENCE-ID that is no date, of no occurrence, in an unknown zone
        kinds.add((r, g) -> text("bad RECURRENCE-ID", r.attendee(), line(r.text(partStat(g)), "SEQUENCE:", lineOf(r.text("X"), "SEQUENCE:")
                + "\r\nRECURRENCE-ID" + List.of(":20261399T250000", ":yesterday", ";VALUE=DATE:2026", ":", ":20260230T120000",
                        ";TZID=Europe/London:" + "9".repeat(40)).get(g.nextInt(6)))));
        kinds.add((r, g) -> text("RECURRENCE-ID of no occurrence", r.attendee(), line(r.text(partStat(g)), "SEQUENCE:",
                lineOf(r.text("X"), "SEQUENCE:") + "\r\nRECURRENCE-ID;TZID=Europe/London:2031" + String.format("%02d", 1 + g.nextInt(12))
                        + "0" + (1 + g.nextInt(9)) + "T031500")));
        kinds.add((r, g) -> text("RECURRENCE-ID in an unknown zone", r.attendee(), line(r.text(partStat(g)), "SEQUENCE:",
                lineOf(r.text("X"), "SEQUENCE:") + "\r\nRECURRENCE-ID;TZID=Mars/Olympus_Mons" + g.nextInt(9) + ":20270105T120000")));
        // huge lines and huge messages
        kinds.add((r, g) -> text("over the size limit", r.attendee(), r.text(partStat(g)).replace("DTSTAMP:",
                "X-PADDING:" + "x".repeat(270_000 + g.nextInt(10_000)) + "\r\nDTSTAMP:")));
        kinds.add((r, g) -> text("a huge property name", r.attendee(), r.text(partStat(g)).replace("METHOD:REPLY",
                "X-" + "N".repeat(10_000 + g.nextInt(50_000)) + "\r\nMETHOD;REPLY")));
        // bad folding: a continuation without its leading space, a fold inside the name, a lone CR or LF
        kinds.add((r, g) -> {
            String t = r.text(partStat(g));
            String attendee = lineOf(t, "ATTENDEE");
            int cut = 1 + g.nextInt(attendee.length() - 2);
            return text("fold without whitespace", r.attendee(), line(t, "ATTENDEE", attendee.substring(0, cut) + "\r\n" + attendee.substring(cut)));
        });
        kinds.add((r, g) -> text("lone line ends", r.attendee(), r.text(partStat(g)).replace("\r\nATTENDEE", g.nextBoolean() ? "\rATTENDEE" : " \nATTENDEE")));
        // wrong charset: UTF-8 bytes said to be UTF-16 or UTF-32, or UTF-16 bytes said to be UTF-8
        kinds.add((r, g) -> new Case("wrong charset", r.attendee(), r.text(partStat(g)).getBytes(StandardCharsets.UTF_8),
                "text/calendar; method=REPLY; charset=" + List.of("UTF-16", "UTF-16LE", "UTF-32", "UTF-16BE").get(g.nextInt(4))));
        kinds.add((r, g) -> new Case("UTF-16 said to be UTF-8", r.attendee(),
                r.text(partStat(g)).getBytes(g.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE), CALENDAR));
        // the organiser: someone else's
        kinds.add((r, g) -> text("other organiser", r.attendee(), line(r.text(partStat(g)), "ORGANIZER",
                "ORGANIZER:mailto:" + List.of("scheduling@elsewhere.example", "someone" + g.nextInt(99) + "@kindred.test", r.attendee(), r.other())
                        .get(g.nextInt(4)))));
        // binary garbage: all of it, or inside a line
        kinds.add((r, g) -> new Case("binary garbage", r.attendee(), junk(g, 10 + g.nextInt(4000)).getBytes(StandardCharsets.ISO_8859_1), CALENDAR));
        kinds.add((r, g) -> {
            String t = r.text(partStat(g));
            int at = t.indexOf("\r\nBEGIN:VEVENT") + g.nextInt(t.indexOf("END:VEVENT") - t.indexOf("\r\nBEGIN:VEVENT"));
            return new Case("garbage inside", r.attendee(), (t.substring(0, at) + junk(g, 5 + g.nextInt(200)) + t.substring(at))
                    .getBytes(StandardCharsets.ISO_8859_1), CALENDAR);
        });
        kinds.add((r, g) -> text("NUL bytes", r.attendee(), r.text(partStat(g)).replace("mailto:", "mailto:\u0000")));
        // nested and wrong components
        kinds.add((r, g) -> text("VEVENT in a VEVENT", r.attendee(), r.text(partStat(g)).replace("END:VEVENT",
                "BEGIN:VEVENT\r\nUID:" + r.uid() + "\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:" + r.other() + "\r\nEND:VEVENT\r\nEND:VEVENT")));
        kinds.add((r, g) -> {
            String t = r.text(partStat(g));
            String event = t.substring(t.indexOf("BEGIN:VEVENT"), t.indexOf("END:VCALENDAR"));
            return text("two VEVENTs", r.attendee(), t.replace("END:VCALENDAR", event + "END:VCALENDAR"));
        });
        kinds.add((r, g) -> text("VCALENDAR in a VEVENT", r.attendee(), r.text(partStat(g)).replace("END:VEVENT",
                "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\nEND:VEVENT")));
        kinds.add((r, g) -> text("a VTODO, not a VEVENT", r.attendee(), r.text(partStat(g)).replace("VEVENT", g.nextBoolean() ? "VTODO" : "VJOURNAL")));
        kinds.add((r, g) -> text("unbalanced components", r.attendee(), r.text(partStat(g)).replace(
                List.of("END:VEVENT\r\n", "END:VCALENDAR\r\n", "BEGIN:VEVENT\r\n").get(g.nextInt(3)), "")));
        kinds.add((r, g) -> text("two calendars", r.attendee(), r.text(partStat(g)) + r.text("ACCEPTED").replace(r.attendee(), r.other())));
        // the mail itself: forged sender, several senders, no calendar part
        kinds.add((r, g) -> text("sender is someone else", g.nextBoolean() ? r.other() : "someone@elsewhere.example", r.text(partStat(g))));
        kinds.add((r, g) -> text("no sender", null, r.text(partStat(g))));
        kinds.add((r, g) -> new Case("not a calendar part", r.attendee(), r.text(partStat(g)).getBytes(StandardCharsets.UTF_8),
                List.of("text/plain; charset=UTF-8", "application/octet-stream", "text/html; charset=UTF-8").get(g.nextInt(3))));
        return kinds;
    }
}
