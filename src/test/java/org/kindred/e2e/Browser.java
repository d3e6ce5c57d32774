package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver: nothing is downloaded. Every page
 * the journeys see is checked with axe-core (vendored from npm) against WCAG 2.0, 2.1 and 2.2 A and AA,
 * and must have no violation at all; {@link #screenshot} writes the user guide's pictures.
 */
public final class Browser implements AutoCloseable {

    /** The axe-core rule tags of WCAG 2.2 level AA (and the A and AA levels it includes). */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The browser's own zone: not the organisation's, as for a colleague travelling. */
    static final String DEVICE_ZONE = "America/New_York";
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static String axeSource;

    static {
        // Selenium looks for DevTools bindings of this Chromium version, which the tests do not use
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(java.util.logging.Level.SEVERE);
    }

    private final WebDriver driver;
    private final String base;
    private final List<String> checked = new ArrayList<>();

    public Browser(Dimension size) {
        this(size, "http://localhost:" + Integer.getInteger("kindred.it.http.port", 28080));
    }

    /** A browser on another Kindred than the one the build deployed (the demo server of DemoMailboxIT). */
    public Browser(Dimension size, String base) {
        String chromium = System.getProperty("kindred.it.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("kindred.it.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            fail("the end-to-end tests need Debian's chromium and chromium-driver packages (.ci/run installs them): "
                    + chromium + ", " + chromedriver);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // As root in a container, without a GPU, and without the background connections this closed
        // network would refuse.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--disable-extensions", "--lang=en-GB", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--force-prefers-reduced-motion", "--window-size=" + size.width + "," + size.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
        // the console's errors, where Chromium reports what the Content-Security-Policy blocked
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", DEVICE_ZONE)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.base = base;
    }

    /** Opens a page of Kindred (a path) or any address, and checks it. */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        return accessible();
    }

    public Browser signIn(String email, String password) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        return click("login:submit");
    }

    /** Opens a page without the accessibility check, for tests that look at something else (bad input). */
    public Browser visit(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return settled();
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    WebElement find(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Browser type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Chooses the option of a PrimeFaces select-one menu whose label starts with this text. */
    Browser choose(String menuId, String labelStart) {
        press(By.id(menuId));
        settled().accessible(); // the open list of options
        String literal = "'" + labelStart.replace("'", "") + "'";
        // clicked where it is: scrolling the page would close the list
        WebElement option = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='" + menuId + "_items']//*[starts-with(@data-label, " + literal + ")]")));
        WebElement page = driver.findElement(By.tagName("html"));
        option.click();
        return after(page);
    }

    /** Ticks the checkbox whose label is this text. */
    Browser tick(String label) {
        WebElement box = find(By.xpath("//label[normalize-space(.)='" + label.replace("'", "") + "']"));
        return click(By.id(box.getAttribute("for")));
    }

    /**
     * Fills a native date or time input with its ISO value. Its typed format follows the browser's
     * locale, so the tests set the ISO value; people type into it or use the browser's own picker.
     */
    Browser setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(id), value);
        return this;
    }

    /** Clicks, waits for the page or the Ajax update to settle, and checks what is now shown. */
    Browser click(String id) {
        return click(By.id(id));
    }

    Browser click(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(by);
        return after(page);
    }

    /** Waits for what an action set off, then checks the page as it is now. */
    private Browser after(WebElement page) {
        try { // a full-page submit replaces the document; an Ajax update does not
            new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> {
                try {
                    page.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) { // stale, or mid-navigation
                    return true;
                }
            });
        } catch (org.openqa.selenium.TimeoutException ajax) {
            // the same document, updated in place
        }
        return settled().accessible();
    }

    /** Clicks what stays on the page, such as a menu that opens. */
    private void press(By by) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by));
        scrollIntoView(element);
        element.click();
    }

    /** The button or link whose visible text is exactly this. */
    Browser clickText(String text) {
        return click(byText(text));
    }

    static By byText(String text) {
        String literal = "'" + text.replace("'", "") + "'";
        return By.xpath("//*[(self::button or self::a or self::input[@type='submit']) and normalize-space(.)=" + literal
                + "] | //input[@type='submit' and @value=" + literal + "]");
    }

    /**
     * Reaches the element with the Tab key alone (failing if it is not in the tab order within
     * {@code maxTabs} presses), checks that focus is visible on it, then presses Enter or Space.
     */
    Browser keyboard(By target, Keys key, int maxTabs) {
        WebElement wanted = find(target);
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
                + "window.scrollTo(0, 0);");
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (wanted.equals(driver.switchTo().activeElement())) {
                assertTrue(focusVisible(wanted), "focus is not visible on " + target);
                WebElement page = driver.findElement(By.tagName("html"));
                new Actions(driver).sendKeys(key).perform();
                return after(page);
            }
        }
        return fail(target + " cannot be reached with the Tab key in " + maxTabs + " presses");
    }

    /** Focus shows: an outline or a box shadow is drawn on the focused element. */
    private boolean focusVisible(WebElement element) {
        Object shown = ((JavascriptExecutor) driver).executeScript("""
                let shown = arguments[0];
                const hidden = shown.closest('.ui-helper-hidden-accessible'); // a PrimeFaces control: its visible part
                if (hidden) {
                  shown = hidden.parentElement.querySelector('.ui-state-focus') || hidden.parentElement;
                }
                const s = getComputedStyle(shown);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
                """, element);
        return Boolean.TRUE.equals(shown);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The message tied to an input (aria-describedby or aria-errormessage), as assistive technology reads it. */
    String errorOf(String inputId) {
        WebElement input = find(inputId);
        if (!List.of("input", "select", "textarea").contains(input.getTagName())) {
            // a PrimeFaces select menu: the part that takes focus
            List<WebElement> focusable = input.findElements(By.cssSelector("[role=combobox], input[id$='_focus']"));
            input = focusable.isEmpty() ? input : focusable.get(0);
        }
        assertEquals("true", input.getAttribute("aria-invalid"), inputId + " is not marked invalid: "
                + input.getAttribute("outerHTML"));
        String ids = input.getAttribute("aria-describedby");
        if (ids == null || ids.isBlank()) {
            ids = input.getAttribute("aria-errormessage");
        }
        assertTrue(ids != null && !ids.isBlank(), inputId + " has no message tied to it");
        StringBuilder message = new StringBuilder();
        for (String id : ids.trim().split("\\s+")) {
            message.append(driver.findElement(By.id(id)).getText()).append(' ');
        }
        return message.toString().trim();
    }

    void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> text().contains(text));
    }

    /** Saves a picture for the user guide with this part of the page at the top of the window. */
    void screenshot(String name, By from) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(from));
        screenshot(name);
    }

    /** Saves a picture of the page for the user guide: docs/guide/images/{name}.png. */
    void screenshot(String name) {
        Path folder = Path.of(System.getProperty("kindred.guide.images", "../docs/guide/images"));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages (title and address) that axe-core checked, for the test's report. */
    List<String> checked() {
        return checked;
    }

    /** Runs axe-core on the page as it is now (dialogs and error messages included); any violation fails. */
    Browser accessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        allowedByContentSecurityPolicy();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(axe()); // as WebDriver's own script: the page's policy forbids eval, rightly
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // after the page's own scripts have reacted to the last change (two frames)
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ') + '] '
                      + (n.html || '').slice(0, 300)).join('; '))))
                  .catch(e => done(['axe failed: ' + e]));
                """, WCAG_TAGS);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        String where = driver.getTitle() + " <" + driver.getCurrentUrl().replace(base, "") + ">";
        checked.add(where);
        if (!violations.isEmpty()) {
            fail("axe-core: " + violations.size() + " WCAG 2.2 AA violation(s) on " + where + " (page scripts "
                    + js.executeScript("return typeof kindredForms") + "):\n  " + String.join("\n  ", violations));
        }
        return this;
    }

    /**
     * Fails when Chromium refused anything the page tried to load or run: every script, style and
     * handler Kindred and PrimeFaces use must fit the Content-Security-Policy (PrimeFaces CSP mode).
     */
    void allowedByContentSecurityPolicy() {
        List<String> refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        if (!refused.isEmpty()) {
            fail("the Content-Security-Policy blocked something on " + driver.getCurrentUrl().replace(base, "") + ":\n  "
                    + String.join("\n  ", refused));
        }
    }

    /** Runs a script the way an injected inline script would run, and says whether it ran. */
    boolean inlineScriptRuns() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("""
                window.__inlineRan = false;
                const s = document.createElement('script');
                s.textContent = 'window.__inlineRan = true;';
                document.body.appendChild(s);
                """);
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // the expected refusal
        return Boolean.TRUE.equals(js.executeScript("return window.__inlineRan"));
    }

    private Browser settled() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty())")));
        return this;
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
