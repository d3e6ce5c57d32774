package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page each role can reach from the menu, and every page those pages link to, passes axe-core's
 * WCAG 2.2 AA rules, on a desktop and on a phone; the public pages too, with their error states.
 */
@ExtendWith(ArquillianExtension.class)
class EveryPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void everyPageOfEveryRolePassesAxeOnADesktopAndAPhone() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer support"), 12, fixture.leadId);
        List<String> members = fixture.members(group, "Member", 2);
        fixture.pastSession(group, 3);
        String admin = TestDatabase.unique("admin") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Ada Admin", admin, GroupFixture.PASSWORD, "ADMIN");
        // a leaver, so that the people page shows its erase form too
        long leaver = TestDatabase.createPerson(fixture.organisationId, "Lee Leaver", TestDatabase.unique("leaver")
                + "@kindred.test", GroupFixture.PASSWORD, "PARTICIPANT");
        try (var db = TestDatabase.connect(); var s = db.prepareStatement("UPDATE person SET active = FALSE WHERE id = ?")) {
            s.setLong(1, leaver);
            s.executeUpdate();
        }

        List<String> checked = new ArrayList<>();
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            browser.open("/login.xhtml").click("login:submit"); // empty: each field says what it needs
            assertEquals("Enter your work email.", browser.errorOf("login:email"), "the message is tied to its field");
            assertEquals("Enter your password.", browser.errorOf("login:password"));
            browser.open("/set-password.xhtml?token=not-a-real-link").open("/confirm-email.xhtml?token=not-a-real-link")
                    .open("/rsvp.xhtml?token=not-a-real-link")
                    .open("/ground-rules.xhtml?token=not-a-real-link").open("/errors/not-found.xhtml")
                    .open("/two-factor.xhtml"); // without a password first: says to sign in
            checked.addAll(browser.checked());
        }
        for (String person : List.of(fixture.organiser, fixture.lead, members.get(0), admin)) {
            for (var size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                try (Browser browser = new Browser(size)) {
                    browser.signIn(person, GroupFixture.PASSWORD);
                    crawl(browser, person.equals(admin) && size == Browser.DESKTOP);
                    // two-step sign-in, and the app's QR code and key once set-up has begun (not confirmed)
                    browser.open("/account-security.xhtml").click("enrol:begin");
                    if (person.equals(admin)) {
                        // the provisioning page with a new token shown once, then its list with Revoke
                        browser.open("/admin/provisioning.xhtml").type("issue:label", "Entra ID").click("issue:submit");
                        assertTrue(browser.text().contains("shown only this once"), browser.text());
                        browser.click("tokens:list:0:revoke");
                        assertTrue(browser.text().contains("Token revoked."), browser.text());
                        // how people sign in: the admin's choices saved, with its message
                        browser.open("/admin/sign-in.xhtml").click("settings:save");
                        assertTrue(browser.text().contains("Saved."), browser.text());
                    }
                    checked.addAll(browser.checked());
                }
            }
        }
        System.out.println("axe-core checked " + checked.size() + " pages: " + new LinkedHashSet<>(checked));
        assertTrue(checked.size() > 40, "the crawl reached the pages: " + checked);
        assertTrue(checked.stream().anyMatch(c -> c.contains("/your-data.xhtml")), "Your data is checked: " + checked);
        assertTrue(checked.stream().anyMatch(c -> c.contains("/account-security.xhtml")), "two-step sign-in is checked");
    }

    /** Visits the home page, every page it links to, and the pages those link to, once each. */
    private static void crawl(Browser browser, boolean pictures) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of("/home.xhtml"));
        while (!queue.isEmpty() && seen.size() < 40) {
            String page = queue.remove(0);
            if (!seen.add(page.replaceAll("=\\d+", "=n"))) {
                continue;
            }
            browser.open(page);
            if (pictures && (page.startsWith("/admin/"))) {
                browser.screenshot("admin-" + page.replaceAll(".*/|\\.xhtml.*", ""));
            }
            for (WebElement link : browser.all(By.cssSelector("a[href*='.xhtml']"))) {
                String href = link.getAttribute("href").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "");
                if (!href.isEmpty() && !href.contains("token=") && !seen.contains(href.replaceAll("=\\d+", "=n"))) {
                    queue.add(href);
                }
            }
        }
    }
}
