package org.kindred.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.badinput.Forms.Field;
import org.kindred.e2e.Browser;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Every text field of every form each role reaches (found by following the links from home, not from
 * a list) takes cross-site scripting payloads, SQL metacharacters and values over its limit: each is
 * shown back as text, never as markup or a script that runs (in Chromium too), never a server error,
 * and a value over the limit is refused with a message naming the limit, never cut short and saved.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormFieldsIT {

    static final String SCHEDULING = "scheduling@kindred.test";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("kindred.it.imap.port", 23143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SCHEDULING, SCHEDULING, "imap-test-password"))
            .withPerMethodLifecycle(false);

    /** SQL metacharacters, a NUL byte and a long run of characters outside the BMP and Latin-1. */
    static final List<String> SQL = List.of("'", "\"", "x';--", "' OR '1'='1", "\\", "%", "_", "a\u0000b",
            "ü€😀".repeat(30));

    private static BadInputFixture fixture;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    private static synchronized BadInputFixture fixture() throws Exception {
        if (fixture == null) {
            fixture = new BadInputFixture();
        }
        return fixture;
    }

    /** Each role's pages and their text fields. */
    private static Map<String, List<Field>> fieldsByRole() throws Exception {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        for (var role : fixture().roles.entrySet()) {
            fields.put(role.getKey(), Forms.textFields(role.getValue(), Forms.crawl(role.getValue(), 40)));
        }
        int total = fields.values().stream().mapToInt(List::size).sum();
        System.out.println("bad input: " + total + " text fields: " + fields);
        assertTrue(total >= 20, "the crawl found the forms: " + fields);
        return fields;
    }

    @Test
    @Order(1)
    void everyTextFieldShowsScriptPayloadsAsTextEverywhere() throws Exception {
        List<String> problems = new ArrayList<>();
        int submitted = 0;
        int n = 0;
        for (var role : fieldsByRole().entrySet()) {
            WebClient client = fixture().roles.get(role.getKey());
            for (Field field : role.getValue()) {
                for (String payload : Xss.payloads("f" + (++n))) {
                    Page answer = Forms.submit(client, field, payload);
                    if (answer == null) {
                        continue;
                    }
                    submitted++;
                    problems.addAll(harmful(role.getKey() + " " + field.label() + " <- " + payload, answer, true));
                }
            }
        }
        System.out.println("bad input: " + submitted + " script payloads submitted");
        // What was saved is shown again on every role's pages and in every email sent since.
        for (var role : fixture().roles.entrySet()) {
            for (String path : Forms.crawl(role.getValue(), 60)) {
                problems.addAll(harmful(role.getKey() + " reading " + path, role.getValue().get(path), true));
            }
        }
        Thread.sleep(3000); // the outbox sends every second
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            var html = Mail.part(message, "text/html");
            if (html != null) {
                String subject = message.getSubject();
                Xss.findings(Mail.text(html)).forEach(f -> problems.add("email " + subject + ": " + f));
            }
            String ics = Mail.calendar(message);
            if (ics != null && Pattern.compile("(?m)^(ATTACH|X-INJECTED)[;:]").matcher(ics).find()) {
                problems.add("a property injected into an invitation's iCalendar:\n" + ics);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));

        // and in a real browser, no payload runs on any page of any role
        List<String> ran = new ArrayList<>();
        for (var role : fixture().roles.entrySet()) {
            String email = switch (role.getKey()) {
                case "organiser" -> fixture().groups.organiser;
                case "facilitator" -> fixture().groups.lead;
                case "participant" -> fixture().members.get(0);
                default -> fixture().admin;
            };
            try (Browser browser = new Browser(Browser.DESKTOP)) {
                browser.signIn(email, GroupFixture.PASSWORD);
                for (String path : Forms.crawl(role.getValue(), 60)) {
                    Object flag = browser.visit(path).script("return window.__xss === undefined ? null : String(window.__xss)");
                    if (flag != null) {
                        ran.add(role.getKey() + " " + path + ": window.__xss = " + flag);
                    }
                }
            }
        }
        assertTrue(ran.isEmpty(), "payloads ran in Chromium:\n" + String.join("\n", ran));
    }

    @Test
    @Order(2)
    void sqlMetacharactersInEveryFieldAndAddressParameterAreHarmless() throws Exception {
        List<String> problems = new ArrayList<>();
        for (var role : fieldsByRole().entrySet()) {
            WebClient client = fixture().roles.get(role.getKey());
            for (Field field : role.getValue()) {
                for (String value : SQL) {
                    Page answer = Forms.submit(client, field, value);
                    if (answer != null) {
                        problems.addAll(harmful(role.getKey() + " " + field.label() + " <- " + printable(value), answer, false));
                    }
                }
            }
        }
        // Every parameter in every address the crawl finds: reading a page with a mangled one changes nothing.
        Map<String, String> before = BadInputFixture.snapshot();
        int requests = 0;
        for (var role : fixture().roles.entrySet()) {
            for (String path : Forms.crawl(role.getValue(), 60)) {
                Matcher parameters = Pattern.compile("([?&])([^=&]+)=([^&]*)").matcher(path);
                while (parameters.find()) {
                    for (String value : SQL) {
                        String mangled = path.substring(0, parameters.start()) + parameters.group(1) + parameters.group(2)
                                + "=" + URLEncoder.encode(parameters.group(3) + value, StandardCharsets.UTF_8)
                                + path.substring(parameters.end());
                        requests++;
                        problems.addAll(harmful(role.getKey() + " GET " + mangled, role.getValue().get(mangled), false));
                    }
                }
            }
        }
        assertTrue(requests > 20, "addresses with parameters were found: " + requests);
        assertEquals(before, BadInputFixture.snapshot(), "reading pages with mangled parameters changed stored rows");
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    @Order(3)
    void aValueOverAFieldsLimitIsRefusedWithTheLimitNamed() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (var role : fieldsByRole().entrySet()) {
            WebClient client = fixture().roles.get(role.getKey());
            for (Field field : role.getValue()) {
                if (field.maxlength() <= 0) {
                    problems.add(role.getKey() + " " + field.label() + ": no maxlength, so no limit a person can see");
                    continue;
                }
                String marker = "over" + markers.size() + "x";
                markers.add(marker);
                String value = marker + "x".repeat(field.maxlength() + 1 - marker.length());
                Page answer = Forms.submit(client, field, value);
                if (answer == null) {
                    continue;
                }
                String label = role.getKey() + " " + field.label() + " with " + value.length() + " characters";
                problems.addAll(harmful(label, answer, false));
                String limit = "Use at most " + field.maxlength() + " characters.";
                Element input = Jsoup.parse(answer.body()).selectFirst("[name=\"" + field.name() + "\"]");
                if (!answer.contains(limit)) {
                    problems.add(label + ": no \"" + limit + "\" (status " + answer.status() + ")");
                } else if (input == null || !"true".equals(input.attr("aria-invalid"))) {
                    problems.add(label + ": the field is not marked invalid");
                }
            }
        }
        for (var role : fixture().roles.entrySet()) {
            for (String path : Forms.crawl(role.getValue(), 60)) {
                String body = role.getValue().get(path).body();
                markers.stream().filter(body::contains).forEach(m -> problems.add(path + " shows " + m + ", saved cut short"));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * Half of a UTF-16 surrogate pair is not a character, and the database would store it as "?" without
     * a word. A browser never sends one (it sends U+FFFD instead); a forged post can, declaring a charset
     * that decodes to one (CESU-8 writes each half of a pair as three bytes). Every field refuses it
     * beside itself, in the validation phase like a value over the limit, and nothing is stored.
     */
    @Test
    @Order(4)
    void aLoneSurrogateInAnyFieldIsRefusedBesideItAndNothingIsStored() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, List<Field>> fields = fieldsByRole();
        Map<String, String> before = BadInputFixture.snapshot();
        int checked = 0;
        for (var role : fields.entrySet()) {
            WebClient client = fixture().roles.get(role.getKey());
            for (Field field : role.getValue()) {
                String value = field.type().equals("email") ? "half\ud800@kindred.test" : "half \ud800 and \udc00";
                Page answer = Forms.submitCesu8(client, field, value);
                if (answer == null) {
                    continue;
                }
                checked++;
                String label = role.getKey() + " " + field.label() + " with a lone surrogate";
                problems.addAll(harmful(label, answer, false));
                Element input = Jsoup.parse(answer.body()).selectFirst("[name=\"" + field.name() + "\"]");
                if (!answer.contains(NOT_UNICODE)) {
                    problems.add(label + ": no \"" + NOT_UNICODE + "\" (status " + answer.status() + ")");
                } else if (input == null || !"true".equals(input.attr("aria-invalid"))) {
                    problems.add(label + ": the field is not marked invalid");
                }
            }
        }
        assertTrue(checked >= 20, "text fields were submitted: " + checked);
        assertEquals(before, BadInputFixture.snapshot(), "a refused value changed stored rows");
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    static final String NOT_UNICODE = "holds a character that is not valid Unicode";

    /** A server error, a stack trace or (for script payloads) a payload turned into markup. */
    static List<String> harmful(String what, Page answer, boolean scripts) {
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add(what + ": HTTP " + answer.status());
        }
        if (answer.contains("Your page expired")) {
            // a refused postback never reached the form, so it proved nothing about the value
            problems.add(what + ": refused as an expired page (HTTP " + answer.status() + "), the value never reached the form");
        }
        Matcher trace = Forms.STACK_TRACE.matcher(answer.body());
        if (trace.find()) {
            String body = answer.body();
            problems.add(what + ": a stack trace in the response: "
                    + body.substring(Math.max(0, trace.start() - 100), Math.min(body.length(), trace.end() + 100)));
        }
        if (scripts) {
            Xss.findings(answer.body()).forEach(f -> problems.add(what + ": " + f));
        }
        return problems;
    }

    static String printable(String value) {
        String shown = value.replace("\u0000", "\\0");
        return shown.length() > 40 ? shown.substring(0, 40) + "… (" + value.length() + ")" : shown;
    }
}
