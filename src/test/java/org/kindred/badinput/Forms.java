package org.kindred.badinput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * What a signed-in person can reach, found the way a person finds it: the pages linked from home
 * (and from those), and on them every form with a text field, submitted as a browser submits it.
 */
final class Forms {

    /**
     * A stack trace in a response: a frame, a "Caused by", or an exception with its message. (Pages do
     * name an exception type in PrimeFaces' settings: which error page its Ajax handler shows.)
     */
    static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*(\\.java)?:?\\d*\\)|Caused by: |[a-z]\\.[A-Z]\\w*(Exception|Error): |(?i:stack ?trace)");
    /** Dates spread out, so that sessions the forms book do not clash with each other. */
    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();
    private static final Set<String> TEXT_TYPES = Set.of("", "text", "email", "url", "search", "tel");

    /**
     * A text input or text area of one form on one page; shown at once, or once a button that opens it
     * ({@code opener}, of the form {@code openerForm}) has been pressed, as "Change" or "Cancel" do.
     */
    record Field(String page, String openerForm, String opener, String form, String name, String tag, String type,
                 int maxlength) {
        String label() {
            return page + (opener == null ? "" : " [" + opener + "]") + " " + name;
        }
    }

    /** Buttons the discovery does not press: they end the session or take something away at once. */
    private static final Pattern DESTRUCTIVE = Pattern.compile(
            "(?i)sign out|remove|leave|delete|revoke|withdraw|stop sharing|turn off");

    private Forms() {
    }

    /** The pages reached from home by following links, at most {@code max}; ids in addresses count once. */
    static List<String> crawl(WebClient client, int max) {
        Set<String> shapes = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of("/home.xhtml"));
        while (!queue.isEmpty() && pages.size() < max) {
            String path = queue.remove(0);
            if (!shapes.add(path.replaceAll("=\\d+", "=n"))) {
                continue;
            }
            Page page = client.get(path);
            if (page.status() != 200) {
                continue;
            }
            pages.add(path);
            for (Element link : Jsoup.parse(page.body()).select("a[href*=.xhtml]")) {
                String href = link.attr("href").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "");
                if (href.startsWith("/") && !href.contains("token=") && !href.startsWith("/errors/")
                        && !shapes.contains(href.replaceAll("=\\d+", "=n"))) {
                    queue.add(href.replace("&amp;", "&"));
                }
            }
        }
        return pages;
    }

    /**
     * Every editable text input and text area of every form on these pages, and of the forms that a
     * button on them opens (each kind of button pressed once per page, except those that take something
     * away at once).
     */
    static List<Field> textFields(WebClient client, List<String> pages) {
        List<Field> fields = new ArrayList<>();
        for (String path : pages) {
            Page page = client.get(path);
            if (page.status() != 200) {
                continue;
            }
            Set<String> known = new LinkedHashSet<>();
            Document document = Jsoup.parse(page.body());
            addFields(fields, known, path, null, null, document);
            Set<String> pressed = new LinkedHashSet<>();
            for (FormElement form : document.select("form").forms()) {
                for (Element button : form.select("button[name], input[type=submit][name]")) {
                    String name = button.attr("name");
                    if (!isButton(button) || DESTRUCTIVE.matcher(button.text() + " " + button.val()).find()
                            || !pressed.add(form.id() + " " + name.replaceAll(":\\d+:", ":n:"))) {
                        continue;
                    }
                    Page opened = press(client, client.get(path), form.id(), name);
                    if (opened != null && opened.status() == 200) {
                        addFields(fields, known, path, form.id(), name, Jsoup.parse(opened.body()));
                    }
                }
            }
        }
        return fields;
    }

    private static void addFields(List<Field> fields, Set<String> known, String path, String openerForm, String opener,
                                  Document document) {
        for (FormElement form : document.select("form").forms()) {
            for (Element input : form.select("input[name], textarea[name]")) {
                String type = input.attr("type").toLowerCase();
                if (input.hasAttr("readonly") || input.hasAttr("disabled")
                        || (input.tagName().equals("input") && !TEXT_TYPES.contains(type))
                        || !known.add(form.id() + " " + input.attr("name").replaceAll(":\\d+:", ":n:"))) {
                    continue;
                }
                String max = input.attr("maxlength");
                fields.add(new Field(path, openerForm, opener, form.id(), input.attr("name"), input.tagName(), type,
                        max.matches("\\d+") ? Integer.parseInt(max) : -1));
            }
        }
    }

    /** Submits a form of the page as it is, pressing this button; null when the form or button is gone. */
    static Page press(WebClient client, Page page, String formId, String buttonName) {
        if (page.status() != 200) {
            return null;
        }
        Element found = Jsoup.parse(page.body()).getElementById(formId);
        if (!(found instanceof FormElement form) || form.selectFirst("[name=" + cssString(buttonName) + "]") == null) {
            return null;
        }
        return post(client, page, params(form, null, null, form.selectFirst("[name=" + cssString(buttonName) + "]")));
    }

    /**
     * Opens the field's page afresh and submits its form with this value in the field: the other fields
     * as the page fills them (empty dates, times and numbers given plausible values, so that the form
     * can succeed), and the first button after the field pressed, as a click would.
     */
    static Page submit(WebClient client, Field field, String value) {
        Page page = client.get(field.page());
        if (field.opener() != null) {
            page = press(client, page, field.openerForm(), field.opener());
            if (page == null) {
                return null;
            }
        }
        if (page.status() != 200) {
            return page;
        }
        Map<String, String> params = fill(page, field, value);
        return params == null ? null : post(client, page, params);
    }

    /**
     * As {@link #submit}, but the form is sent in CESU-8 (declared in its Content-Type), which can carry
     * half of a surrogate pair: what a forged post can send and a browser never does.
     */
    static Page submitCesu8(WebClient client, Field field, String value) {
        Page page = client.get(field.page());
        if (field.opener() != null) {
            page = press(client, page, field.openerForm(), field.opener());
            if (page == null) {
                return null;
            }
        }
        if (page.status() != 200) {
            return page;
        }
        Map<String, String> params = fill(page, field, value);
        if (params == null) {
            return null;
        }
        page.nonce().ifPresent(nonce -> params.putIfAbsent(WebClient.NONCE_PARAMETER, nonce));
        StringBuilder body = new StringBuilder();
        params.forEach((name, v) -> body.append(body.isEmpty() ? "" : "&").append(cesu8(name)).append('=').append(cesu8(v)));
        String uri = page.uri().getRawPath() + (page.uri().getRawQuery() == null ? "" : "?" + page.uri().getRawQuery());
        return client.postEncoded(uri, "application/x-www-form-urlencoded; charset=CESU-8",
                body.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Percent-encoded CESU-8: UTF-8, except that each UTF-16 code unit of a surrogate is three bytes of its own. */
    private static String cesu8(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isSurrogate(c)) {
                out.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                out.append(java.net.URLEncoder.encode(String.valueOf(c), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** The parameters a browser sends for the field's form with this value in it, or null when it is gone. */
    static Map<String, String> fill(Page page, Field field, String value) {
        Element found = Jsoup.parse(page.body()).getElementById(field.form());
        if (!(found instanceof FormElement form) || form.selectFirst("[name=" + cssString(field.name()) + "]") == null) {
            return null; // the form or the field is gone (an earlier submission changed the page)
        }
        Element target = form.selectFirst("[name=" + cssString(field.name()) + "]");
        return params(form, field.name(), value, button(form, target));
    }

    private static Map<String, String> params(FormElement form, String name, String value, Element button) {
        Map<String, String> params = new LinkedHashMap<>();
        for (var pair : form.formData()) {
            Element element = form.selectFirst("[name=" + cssString(pair.key()) + "]");
            if (element != null && isButton(element)) {
                continue;
            }
            params.put(pair.key(), pair.key().equals(name) ? value : filled(element, pair.value()));
        }
        if (button != null) {
            params.put(button.attr("name"), button.val());
        }
        return params;
    }

    /**
     * Posts to the address the page came from, as WebClient.submit does, with the page's script nonce
     * added as PrimeFaces' script adds it in a browser (CSP mode refuses a postback without it).
     */
    static Page post(WebClient client, Page page, Map<String, String> params) {
        String uri = page.uri().getRawPath() + (page.uri().getRawQuery() == null ? "" : "?" + page.uri().getRawQuery());
        Map<String, String> sent = new LinkedHashMap<>(params);
        page.nonce().ifPresent(nonce -> sent.putIfAbsent(WebClient.NONCE_PARAMETER, nonce));
        return client.post(uri, sent);
    }

    private static Element button(FormElement form, Element field) {
        List<Element> all = form.select("*");
        int at = all.indexOf(field);
        Element before = null;
        for (int i = 0; i < all.size(); i++) {
            Element element = all.get(i);
            if (isButton(element) && element.hasAttr("name")) {
                if (i > at) {
                    return element;
                }
                before = element;
            }
        }
        return before;
    }

    private static boolean isButton(Element element) {
        String type = element.attr("type").toLowerCase();
        return (element.tagName().equals("button") && !type.equals("button") && !type.equals("reset"))
                || (element.tagName().equals("input") && (type.equals("submit") || type.equals("image")));
    }

    private static String filled(Element element, String value) {
        if (element == null || !value.isEmpty() || !element.tagName().equals("input")) {
            return value;
        }
        return switch (element.attr("type").toLowerCase()) {
            case "date" -> LocalDate.now().plusDays(40 + DAYS.incrementAndGet() % 300).toString();
            case "time" -> "12:30";
            case "number" -> "6";
            case "email" -> TestDatabase.unique("filled") + "@kindred.test";
            case "url" -> "https://video.example/filled";
            default -> value;
        };
    }

    private static String cssString(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
