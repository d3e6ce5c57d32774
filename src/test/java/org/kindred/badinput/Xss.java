package org.kindred.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cross-site scripting payloads, each of which would set {@code window.__xss} if a page let it run,
 * and the check that finds any of them turned into markup in a page (an element, an attribute, a
 * script, a javascript: address) rather than shown as text.
 */
final class Xss {

    /** Evaluated expression language would turn "#{1336+1}" into this, right after the marker. */
    static final String EVALUATED = "kxss1337";

    private Xss() {
    }

    /** The payloads, each tagged with {@code id} so a finding names the field it came from. */
    static List<String> payloads(String id) {
        String set = "window.__xss='" + id + "'";
        // Each one tries several contexts at once (element content, either quote of an attribute, an
        // address, a text area or title, expression language, an iCalendar line), to keep the run short.
        return List.of(
                "<script>" + set + "</script>",
                "'\"><img src=x onerror=\"" + set + "\"><svg onload=\"" + set + "\">",
                "javascript:" + set + "//",
                "\" autofocus onfocus=\"" + set + "\" x='' autofocus onfocus='" + set + "' x='",
                "</textarea></title><a href=\"javascript:" + set + "\">link</a><iframe srcdoc=\"&lt;script&gt;" + set
                        + "&lt;/script&gt;\"></iframe>",
                "kxss#{1336+1} kxss${1336+1} " + id + "\r\nATTACH:https://evil.example/" + id + "\r\nX-INJECTED:" + id);
    }

    /** Where in this HTML a payload became markup; empty when every payload is shown as text. */
    static List<String> findings(String html) {
        List<String> found = new ArrayList<>();
        if (html.contains(EVALUATED)) {
            found.add("expression language evaluated: " + excerpt(html, EVALUATED));
        }
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            if ((element.tagName().equals("script") && element.data().contains("__xss"))
                    || (element.tagName().equals("iframe") && element.attr("srcdoc").contains("__xss"))) {
                found.add("a script element: " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (!value.contains("__xss") && !name.contains("__xss")) {
                    continue;
                }
                if (name.startsWith("on") || name.equals("autofocus") || name.contains("__xss")
                        || value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")
                        && List.of("href", "src", "action", "formaction", "xlink:href", "data").contains(name)) {
                    found.add("an attribute " + name + " of <" + element.tagName() + ">: " + element.outerHtml());
                }
            }
            if (element.hasAttr("autofocus") && element.outerHtml().contains("__xss")) {
                found.add("an injected autofocus: " + element.outerHtml());
            }
        }
        return found;
    }

    private static String excerpt(String text, String around) {
        int at = text.indexOf(around);
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80));
    }
}
