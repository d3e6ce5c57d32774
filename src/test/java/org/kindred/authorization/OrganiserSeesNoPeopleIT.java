package org.kindred.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Organisers may not learn who uses Kindred (issue 18). Two organisations are built alike: members of
 * the organiser's groups, people on a waitlist, asking to join, invited, in no group, and a Schwartz
 * Round whose clinical lead and panellists the organiser asks by typing their work addresses. In one
 * organisation those addresses already have participant accounts; in the other they have none. As
 * each organiser, the test then reads every page reachable from the menu and every link on them (and
 * the reports page), and GETs every API endpoint the server's OpenAPI document describes, with the
 * organiser's own objects in its path. No participant's name, address or person id appears in any
 * answer (only the addresses the organiser typed, on the Round), and the two organisations' answers,
 * to the asking itself and on every page afterwards, are the same byte for byte once ids and tokens
 * are masked.
 */
@ExtendWith(ArquillianExtension.class)
class OrganiserSeesNoPeopleIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")([^\"]+)");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s[\\w:.-]+=\")([^\"]*)(\")");
    private static final Pattern SCRIPT = Pattern.compile("(?s)(<script[^>]*>)(.*?)(</script>)");
    private static final Pattern PERSON_ID = Pattern.compile("\"personId\"\\s*:\\s*(\\d+)");
    private static final int TYPED = 8;

    /** The same dates for both organisations, fixed once, so that their pages can be compared. */
    private final LocalDate today = LocalDate.now(LONDON);
    private final LocalDateTime pastSession = today.minusDays(1).atTime(10, 0);
    private final LocalDateTime roundStart = today.plusWeeks(5).atTime(12, 30);
    private final LocalDateTime secondRound = today.plusWeeks(7).atTime(12, 30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    /** One organisation: its organiser, the ids the crawl fills paths with, and who must stay unseen. */
    private static final class World {
        final GroupFixture fixture;
        final WebClient organiser;
        final Map<String, String> ids = new LinkedHashMap<>();
        final Map<String, String> participants = new LinkedHashMap<>(); // address -> name
        final List<String> typed = new ArrayList<>(); // the addresses the organiser types, in order
        final Set<String> participantIds = new LinkedHashSet<>();
        final List<Answer> asking = new ArrayList<>();
        final Map<String, String> labels = new LinkedHashMap<>(); // text that differs by organisation -> label

        World(GroupFixture fixture) {
            this.fixture = fixture;
            this.organiser = fixture.signedIn(fixture.organiser);
        }
    }

    /** One request and its answer, as the crawl saw them. */
    record Answer(String request, int status, String location, String body, String contentType, String nonce) {
        static Answer of(String request, Page page) {
            return new Answer(request, page.status(), page.location(), page.body(),
                    page.header("Content-Type").stream().findFirst().orElse(""), page.nonce().orElse(null));
        }
    }

    @Test
    void noOrganiserAnswerNamesAParticipantAndAskingAnAddressTellsNothingAboutItsAccount() throws Exception {
        World withAccounts = build(true);
        World withoutAccounts = build(false);
        awaitOutbox(withAccounts, withoutAccounts);

        List<Answer> one = crawl(withAccounts);
        List<Answer> two = crawl(withoutAccounts);

        List<String> problems = new ArrayList<>();
        problems.addAll(leaks(withAccounts, one));
        problems.addAll(leaks(withoutAccounts, two));
        List<String> reached = one.stream().filter(a -> a.status() == 200).map(Answer::request).toList();
        assertTrue(reached.size() > 25 && reached.contains("GET /organiser/rounds.xhtml")
                && reached.contains("GET /api/organiser/rounds") && reached.contains("GET /reports/index.xhtml"),
                "the crawl reached the organiser's pages and endpoints: " + one.stream()
                        .map(a -> a.request() + " " + a.status()).toList());

        List<Answer> first = new ArrayList<>(withAccounts.asking);
        first.addAll(one);
        List<Answer> second = new ArrayList<>(withoutAccounts.asking);
        second.addAll(two);
        problems.addAll(differences(withAccounts, first, withoutAccounts, second));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n\n", problems));
    }

    /**
     * Asking an address that has an account and one that has none take about as long: the second makes
     * the account (a few more inserts in the same transaction), which must not stand out from the
     * variation between any two requests. Asked in alternating order, one pair per Round.
     */
    @Test
    void askingTakesAboutAsLongWithOrWithoutAnAccount() throws Exception {
        GroupFixture f = new GroupFixture();
        WebClient organiser = f.signedIn(f.organiser);
        long group = f.createGroup("schwartz", "Schwartz Rounds", 120, f.leadId);
        int pairs = 10;
        List<String> existing = f.participants("Asked", pairs + 3);
        List<Long> rounds = new ArrayList<>();
        for (int i = 0; i < pairs + 1; i++) {
            rounds.add(created(organiser.api("POST", "/api/organiser/rounds", """
                    {"groupId": %d, "topic": "Endings", "start": "%s", "onlineLink": "https://video.example/r",
                     "preparationStart": "%s", "facilitatorId": %d, "clinicalLeadEmail": "%s",
                     "panellistEmails": ["%s", "%s"]}""".formatted(group, roundStart.plusDays(i),
                    roundStart.plusDays(i).withHour(9), f.otherLeadId, existing.get(0), existing.get(1),
                    TestDatabase.unique("second") + "@kindred.test"))));
        }
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            String path = "/api/organiser/rounds/" + rounds.get(i) + "/panellists";
            String account = existing.get(i + 2);
            String none = TestDatabase.unique("nobody") + "@kindred.test";
            for (String address : i % 2 == 0 ? List.of(account, none) : List.of(none, account)) {
                long started = System.nanoTime();
                Page asked = organiser.api("POST", path, "{\"email\": \"" + address + "\"}");
                long micros = (System.nanoTime() - started) / 1_000;
                assertEquals(204, asked.status(), asked.body());
                if (i > 0) { // the first Round warms the server up
                    (address.equals(account) ? with : without).add(micros);
                }
            }
        }
        long withMedian = median(with);
        long withoutMedian = median(without);
        long spread = Math.max(mad(with), mad(without));
        System.out.printf("asking a panellist, median of %d each: with an account %d µs, without %d µs "
                + "(difference %d µs; median absolute deviation %d µs)%n", with.size(), withMedian, withoutMedian,
                withoutMedian - withMedian, spread);
        assertTrue(Math.abs(withoutMedian - withMedian) < Math.max(20_000, 0.5 * withMedian),
                "asking an address with no account takes noticeably longer: " + with + " " + without);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long mad(List<Long> values) {
        long median = median(values);
        return median(values.stream().map(v -> Math.abs(v - median)).toList());
    }

    /**
     * An organisation with its groups and people, and a Round with its clinical lead and panellists
     * asked by address: through the API and through the page's forms, as an organiser would.
     */
    private World build(boolean typedHaveAccounts) throws Exception {
        World w = new World(new GroupFixture());
        GroupFixture f = w.fixture;
        long site = created(w.organiser.api("POST", "/api/organiser/schedule/sites", "{\"name\": \"Main building\"}"));
        long room = created(w.organiser.api("POST", "/api/organiser/schedule/rooms", """
                {"siteId": %d, "name": "Lecture Theatre", "capacity": 120}""".formatted(site)));
        long peer = f.createGroup("peer-support", "Peer support", 6, f.leadId);
        long balint = f.createGroup("balint", "Balint group", 12, f.otherLeadId);
        long rounds = f.createGroup("schwartz", "Schwartz Rounds", 120, f.leadId);

        List<String> members = people(w, "Member", 6);
        List<String> waitlisted = people(w, "Waitlisted", 2);
        for (String person : concat(members, waitlisted)) {
            f.join(peer, person);
        }
        f.join(balint, people(w, "Requested", 1).get(0));
        String invited = people(w, "Invited", 1).get(0);
        Page invitation = f.signedIn(f.otherLead).api("POST", "/api/facilitator/groups/" + balint + "/invitations",
                "{\"email\": \"" + invited + "\"}");
        assertEquals(204, invitation.status(), invitation.body());
        people(w, "Unattached", 2);

        // a session yesterday with named attendance, which organisers never see
        long occurrence = sessionYesterday(w, peer);
        StringBuilder marks = new StringBuilder();
        for (String member : members) {
            marks.append(marks.isEmpty() ? "" : ", ").append("{\"personId\": ").append(TestDatabase.personId(member))
                    .append(", \"mark\": \"PRESENT\"}");
        }
        Page marked = f.signedIn(f.lead).api("PUT", "/api/facilitator/attendance/" + occurrence, "{\"marks\": [" + marks + "]}");
        assertEquals(200, marked.status(), marked.body());

        // the addresses the organiser types, in address order the same in both organisations; where
        // they have accounts, these were made in the opposite order, so that anything shown in the
        // order of accounts (their ids, their age) would differ from the other organisation's
        for (int i = 0; i < TYPED; i++) {
            w.typed.add((char) ('a' + i) + "." + TestDatabase.unique("typed") + "@kindred.test");
            w.labels.put(w.typed.get(i), "typed" + i + "@address");
        }
        for (int i = TYPED - 1; i >= 0 && typedHaveAccounts; i--) {
            String address = w.typed.get(i);
            String name = "Zephyrine " + TestDatabase.unique("Speaker");
            TestDatabase.createPerson(f.organisationId, name, address, GroupFixture.PASSWORD, "PARTICIPANT");
            w.participants.put(address, name);
            w.participantIds.add(String.valueOf(TestDatabase.personId(address)));
        }

        // a Round through the API, with one more panellist asked through the API and one through the page
        Page planned = w.organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "A day I will not forget", "start": "%s", "roomId": %d,
                 "facilitatorId": %d, "clinicalLeadEmail": "%s", "panellistEmails": ["%s", "%s"]}""".formatted(
                rounds, roundStart, room, f.otherLeadId, w.typed.get(0), w.typed.get(1), w.typed.get(2)));
        w.asking.add(Answer.of("POST /api/organiser/rounds", planned));
        long round = created(planned);
        w.asking.add(Answer.of("POST /api/organiser/rounds/{round}/panellists", w.organiser.api("POST",
                "/api/organiser/rounds/" + round + "/panellists", "{\"email\": \"" + w.typed.get(3).toUpperCase() + "\"}")));
        Page page = w.organiser.get("/organiser/rounds.xhtml");
        Page asked = w.organiser.submit(page, "ask", Map.of("roundId_input", String.valueOf(round), "email", w.typed.get(4)), "ask");
        w.asking.add(Answer.of("POST /organiser/rounds.xhtml (ask)", asked));

        // a second Round through the page's form
        Page form = w.organiser.get("/organiser/rounds.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("groupId_input", String.valueOf(rounds));
        fields.put("topic", "Endings");
        fields.put("start", secondRound.toLocalDate().toString());
        fields.put("startTime", "12:30");
        fields.put("roomId_input", String.valueOf(room));
        fields.put("onlineLink", "");
        fields.put("facilitatorId_input", String.valueOf(f.otherLeadId));
        fields.put("clinicalLeadEmail", w.typed.get(5));
        fields.put("panellist1", w.typed.get(6));
        fields.put("panellist2", "");
        fields.put("panellist3", w.typed.get(7));
        fields.put("panellist4", "");
        fields.put("preparationStart", "");
        fields.put("preparationStartTime", "");
        fields.put("preparationRoomId_input", "");
        Page plannedByForm = w.organiser.submit(form, "round", fields, "plan");
        w.asking.add(Answer.of("POST /organiser/rounds.xhtml (plan)", plannedByForm));
        assertTrue(plannedByForm.contains("The Round is planned"), plannedByForm.body());
        assertEquals(List.of("2"), TestDatabase.strings("SELECT COUNT(*) FROM schwartz_round WHERE organisation_id = ?",
                f.organisationId));

        w.ids.put("group", String.valueOf(peer));
        w.ids.put("room", String.valueOf(room));
        w.ids.put("site", String.valueOf(site));
        w.ids.put("round", String.valueOf(round));
        w.ids.put("occurrence", String.valueOf(occurrence));
        w.ids.put("series", TestDatabase.strings("SELECT series_id FROM session_occurrence WHERE id = ?", occurrence).get(0));
        w.ids.put("person", String.valueOf(TestDatabase.personId(members.get(0))));
        w.labels.put(f.organiser, "organiser@address");
        w.labels.put(f.lead, "lead@address");
        w.labels.put(f.otherLead, "other.lead@address");
        String slug = TestDatabase.strings("SELECT slug FROM organisation WHERE id = ?", f.organisationId).get(0);
        w.labels.put("Test trust " + slug, "the organisation");
        w.labels.put(slug, "org-slug");
        return w;
    }

    /** Participants named "Quillon <kind>-n", unique across the run; returns their addresses. */
    private static List<String> people(World w, String kind, int count) throws SQLException {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "Quillon " + TestDatabase.unique(kind);
            String address = TestDatabase.unique(kind.toLowerCase()) + "@kindred.test";
            TestDatabase.createPerson(w.fixture.organisationId, name, address, GroupFixture.PASSWORD, "PARTICIPANT");
            w.participants.put(address, name);
            w.participantIds.add(String.valueOf(TestDatabase.personId(address)));
            addresses.add(address);
        }
        return addresses;
    }

    /** A one-off session of the group yesterday at 10:00: made ahead through the API, then moved back. */
    private long sessionYesterday(World w, long group) throws SQLException {
        Page extra = w.organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/e"}""".formatted(
                today.plusDays(3).atTime(10, 0)));
        long series = extra.json().getJsonNumber("seriesId").longValue();
        java.sql.Timestamp start = java.sql.Timestamp.valueOf(pastSession.atZone(LONDON)
                .withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime());
        try (var db = TestDatabase.connect(); var move = db.prepareStatement("UPDATE session_occurrence SET "
                + "starts_at = ?, ends_at = ? + INTERVAL 1 HOUR WHERE series_id = ?")) {
            move.setTimestamp(1, start);
            move.setTimestamp(2, start);
            move.setLong(3, series);
            move.executeUpdate();
        }
        return Long.parseLong(TestDatabase.strings("SELECT id FROM session_occurrence WHERE series_id = ?", series).get(0));
    }

    /** Both organisations' emails sent, so that their delivery counts are read in the same state. */
    private static void awaitOutbox(World... worlds) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        for (World w : worlds) {
            while (!TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE organisation_id = ? AND status = 'PENDING'",
                    w.fixture.organisationId).equals(List.of("0"))) {
                assertTrue(System.currentTimeMillis() < end, "the outbox did not empty");
                Thread.sleep(200);
            }
        }
    }

    /** Every page reachable from the menu and its links, the reports, then every GET of the API. */
    private static List<Answer> crawl(World w) {
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of("/home.xhtml", "/reports/index.xhtml"));
        while (!queue.isEmpty() && seen.size() < 80) {
            String path = queue.remove(0);
            if (!seen.add(path)) {
                continue;
            }
            Page page = w.organiser.get(path);
            answers.add(Answer.of("GET " + path, page));
            Matcher links = HREF.matcher(page.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (link.contains(".xhtml") && !link.contains("token=") && !link.contains("faces.resource")
                        && !seen.contains(link)) {
                    queue.add(link);
                }
            }
        }
        JsonObject paths = w.organiser.api("GET", "/openapi", null).json().getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
            if (get == null) {
                continue;
            }
            String target = fill(w, path.getKey(), get);
            answers.add(Answer.of("GET " + target, w.organiser.api("GET", target, null)));
        }
        return answers;
    }

    /** The path with the organiser's own objects in it, named by the segment before each parameter. */
    private static String fill(World w, String path, JsonObject operation) {
        String[] segments = path.split("/");
        StringBuilder filled = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.contains("{")) {
                String before = segments[i - 1];
                String value = segment.startsWith("{phase}") ? "before"
                        : segment.startsWith("{token}") ? "no-such-feed"
                        : switch (before) {
                            case "rooms" -> w.ids.get("room");
                            case "series" -> w.ids.get("series");
                            case "rounds", "panels" -> w.ids.get("round");
                            case "members", "requests" -> w.ids.get("person");
                            case "occurrences", "sessions", "attendance", "homework", "evaluations" -> w.ids.get("occurrence");
                            default -> w.ids.get("group");
                        };
                segment = segment.replaceFirst("\\{[^}]+}", value);
            }
            filled.append('/').append(segment);
        }
        StringBuilder query = new StringBuilder();
        if (operation.containsKey("parameters")) {
            for (JsonValue p : operation.getJsonArray("parameters")) {
                JsonObject parameter = p.asJsonObject();
                if ("query".equals(parameter.getString("in", ""))) {
                    String name = parameter.getString("name");
                    String value = switch (name) {
                        case "from" -> LocalDate.now(LONDON).minusDays(7).toString();
                        case "to" -> LocalDate.now(LONDON).plusDays(80).toString();
                        case "siteId" -> w.ids.get("site");
                        case "roomId" -> w.ids.get("room");
                        case "instrument" -> "proqol-5";
                        default -> w.ids.get("group");
                    };
                    query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
                }
            }
        }
        return filled + query.toString();
    }

    /** Names, addresses (but the typed ones) and person ids of the organisation's participants, found in answers. */
    private static List<String> leaks(World w, List<Answer> answers) {
        List<String> problems = new ArrayList<>();
        for (Answer answer : answers) {
            String body = answer.body() + " " + answer.location();
            for (Map.Entry<String, String> participant : w.participants.entrySet()) {
                String name = participant.getValue();
                if (body.contains(name) || body.contains(name.substring(name.indexOf(' ') + 1))) {
                    problems.add(answer.request() + " names a participant: " + excerpt(body, name.substring(name.indexOf(' ') + 1)));
                }
                String address = participant.getKey();
                if (!w.typed.contains(address) && (body.contains(address)
                        || body.contains(URLEncoder.encode(address, StandardCharsets.UTF_8)))) {
                    problems.add(answer.request() + " shows a participant's address: " + excerpt(body, address));
                }
            }
            Matcher ids = PERSON_ID.matcher(body);
            while (ids.find()) {
                if (w.participantIds.contains(ids.group(1))) {
                    problems.add(answer.request() + " carries a participant's person id: " + excerpt(body, ids.group()));
                }
            }
        }
        return problems;
    }

    /** Pairs of answers that differ once each organisation's ids, tokens and own addresses are masked. */
    private static List<String> differences(World a, List<Answer> first, World b, List<Answer> second) {
        List<String> problems = new ArrayList<>();
        if (first.size() != second.size()) {
            problems.add("the two crawls made " + first.size() + " and " + second.size() + " requests:\n"
                    + first.stream().map(x -> masked(a, x.request())).toList() + "\n"
                    + second.stream().map(x -> masked(b, x.request())).toList());
            return problems;
        }
        for (int i = 0; i < first.size(); i++) {
            String one = shown(a, first.get(i));
            String two = shown(b, second.get(i));
            if (!one.equals(two)) {
                int at = 0;
                while (at < Math.min(one.length(), two.length()) && one.charAt(at) == two.charAt(at)) {
                    at++;
                }
                problems.add(masked(a, first.get(i).request()) + " differs between an address with an account and one "
                        + "without, at character " + at + ":\n  with:    " + around(one, at) + "\n  without: " + around(two, at));
            }
        }
        return problems;
    }

    /** An answer as it could differ by anything but ids and tokens: status, location, body. */
    private static String shown(World w, Answer answer) {
        String body = answer.body();
        if (answer.nonce() != null) {
            body = body.replace(answer.nonce(), "NONCE");
        }
        Matcher viewState = VIEW_STATE.matcher(body);
        if (viewState.find()) {
            body = body.replace(viewState.group(2), "VIEW-STATE");
        }
        body = labelled(w, body);
        if (answer.contentType().startsWith("application/json") && !body.isBlank()) {
            if (answer.request().contains("/api/account/data") || answer.request().contains("/api/account/sessions")) {
                // the organiser's own data and sessions: when each world's organiser was made and signed in,
                // and when the file was made
                body = body.replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", "TIME");
            }
            try (var reader = Json.createReader(new StringReader(body))) {
                body = withoutIds(reader.readValue()).toString();
            }
        } else if (answer.contentType().startsWith("text/html")) {
            body = digitsMasked(body);
        }
        return answer.status() + " " + masked(w, String.valueOf(answer.location())) + "\n" + body;
    }

    private static String labelled(World w, String text) {
        List<Map.Entry<String, String>> labels = new ArrayList<>(w.labels.entrySet());
        labels.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> label : labels) {
            text = text.replace(label.getKey(), label.getValue())
                    .replace(label.getKey().toUpperCase(), label.getValue())
                    .replace(URLEncoder.encode(label.getKey(), StandardCharsets.UTF_8), label.getValue());
        }
        return text;
    }

    /** A request or location with its ids masked. */
    private static String masked(World w, String text) {
        return labelled(w, text).replaceAll("\\d+", "#");
    }

    /** Digits in attribute values and scripts (ids, component ids, dates in widget settings), not in text. */
    private static String digitsMasked(String html) {
        Matcher scripts = SCRIPT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (scripts.find()) {
            scripts.appendReplacement(out, Matcher.quoteReplacement(scripts.group(1) + scripts.group(2).replaceAll("\\d+", "#")
                    + scripts.group(3)));
        }
        scripts.appendTail(out);
        Matcher attributes = ATTRIBUTE.matcher(out.toString());
        StringBuilder masked = new StringBuilder();
        while (attributes.find()) {
            attributes.appendReplacement(masked, Matcher.quoteReplacement(attributes.group(1)
                    + attributes.group(2).replaceAll("\\d+", "#") + attributes.group(3)));
        }
        attributes.appendTail(masked);
        return masked.toString();
    }

    /** JSON with the values of id keys ("id", "…Id", "uid") masked. */
    private static JsonValue withoutIds(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            object.forEach((key, v) -> builder.add(key, key.equals("id") || key.endsWith("Id") || key.equals("uid")
                    ? Json.createValue("ID") : withoutIds(v)));
            return builder.build();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            value.asJsonArray().forEach(v -> builder.add(withoutIds(v)));
            return builder.build();
        }
        return value;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 120)).replace("\n", "\\n");
    }

    private static String excerpt(String body, String found) {
        int at = body.indexOf(found);
        return at < 0 ? found : around(body, at);
    }

    private static long created(Page page) {
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
