package org.kindred.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * All en-GB text of the web interface lives in messages.properties: every key the pages and the page
 * beans use is there, nothing there is unused, every pattern parses, and no page has English left in it.
 */
class MessageBundleTest {

    private static final Path WEBAPP = Path.of("main/webapp");
    private static final Path WEB_JAVA = Path.of("main/java/org/kindred/interfaces/web");
    private static final Path BUNDLE = Path.of("main/resources/org/kindred/interfaces/web/messages.properties");

    private static final Pattern PAGE_KEY = Pattern.compile("msg(?:\\['([^']+)'\\]|\\.([A-Za-z]\\w*))");
    /** A string literal shaped like a key ("roomsPage.siteAdded"); the bundle's own name is not one. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern EL = Pattern.compile("#\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*}");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "(headerText|itemLabel|placeholder|\\w*Message|aria-label|ariaLabel|title|label)=\"([^\"]*)\"");
    private static final Pattern SHOWN_VALUE = Pattern.compile(
            "<(?:p:outputLabel|h:outputLabel|p:commandButton|h:link|p:menuitem|h:outputText)\\b[^>]*?\\svalue=\"([^\"]*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}");

    private static Properties bundle;
    private static List<Path> pages;

    @BeforeAll
    static void read() throws IOException {
        bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertTrue(pages.size() > 30, "the pages are found");
    }

    @Test
    void everyKeyUsedIsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>(used());
        missing.removeAll(bundle.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used but not in messages.properties");
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used());
        assertEquals(Set.of(), unused, "keys in messages.properties that nothing uses");
    }

    /**
     * A value with {0} is a MessageFormat pattern, where a single quote must be written twice; a value without
     * is shown as written, where '' would show twice.
     */
    @Test
    void everyPatternParsesAndPlainTextHasNoDoubledQuote() {
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String value = bundle.getProperty(key);
            if (value.isBlank()) {
                wrong.add(key + " is empty");
            } else if (value.matches("(?s).*\\{\\d.*")) {
                try {
                    new MessageFormat(value).format(new Object[] {"a", "b", "c", "d", "e"});
                } catch (IllegalArgumentException e) {
                    wrong.add(key + ": " + e.getMessage());
                }
                if (value.replace("''", "").contains("'")) {
                    wrong.add(key + " has a single ' in a pattern: write it as ''");
                }
            } else if (value.contains("''")) {
                wrong.add(key + " has '' but no {0}: it would show both quotes");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A page that fills patterns with of:formatN must declare OmniFaces' functions, or it fails at render time. */
    @Test
    void pagesUsingOmniFacesFunctionsDeclareThem() throws IOException {
        List<String> undeclared = new ArrayList<>();
        for (Path page : pages) {
            String source = Files.readString(page);
            if (source.contains("of:") && !source.contains("xmlns:of=\"http://omnifaces.org/functions\"")) {
                undeclared.add(page.toString());
            }
        }
        assertEquals(List.of(), undeclared, "pages using of: without xmlns:of=\"http://omnifaces.org/functions\"");
    }

    /** Coarse: words between tags or in a shown attribute, outside EL and comments, are text left behind. */
    @Test
    void pagesHaveNoEnglishLeftOutsideTheBundle() throws IOException {
        List<String> left = new ArrayList<>();
        for (Path page : pages) {
            String source = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
            String noEl = EL.matcher(source).replaceAll("");
            Matcher text = Pattern.compile(">([^<]*)<").matcher(noEl);
            while (text.find()) {
                if (WORDS.matcher(text.group(1)).find()) {
                    left.add(page + ": " + text.group(1).strip());
                }
            }
            for (Pattern attribute : List.of(TEXT_ATTRIBUTE, SHOWN_VALUE)) {
                Matcher a = attribute.matcher(noEl);
                while (a.find()) {
                    String value = a.group(a.groupCount());
                    if (WORDS.matcher(value).find()) {
                        left.add(page + ": " + a.group());
                    }
                }
            }
            Matcher el = EL.matcher(source);
            while (el.find()) {
                Matcher literal = Pattern.compile("'([^']*)'").matcher(el.group().replaceAll("msg\\['[^']*'\\]", ""));
                while (literal.find()) {
                    if (literal.group(1).matches(".*[A-Za-z]{2,} [A-Za-z].*")) {
                        left.add(page + ": '" + literal.group(1) + "' in " + el.group());
                    }
                }
            }
        }
        assertEquals(List.of(), left, "English text in pages: move it to messages.properties");
    }

    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path page : pages) {
            Matcher m = PAGE_KEY.matcher(Files.readString(page));
            while (m.find()) {
                keys.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        try (Stream<Path> files = Files.walk(WEB_JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).equals(Texts.BUNDLE)) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
