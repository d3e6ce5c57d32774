package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;

/**
 * The Content-Security-Policy in a real browser: a script injected into a page (what a stored XSS
 * would be) does not run, while the page's own scripts, which carry the response's nonce, do. That
 * the policy blocks nothing Kindred itself needs is checked on every page of the end-to-end tests
 * ({@link Browser#allowedByContentSecurityPolicy()}).
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityPolicyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void anInjectedInlineScriptIsRefusedWhileThePagesOwnScriptsRun() throws Exception {
        GroupFixture fixture = new GroupFixture();
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            browser.signIn(fixture.organiser, GroupFixture.PASSWORD);
            browser.open("/organiser/index.xhtml");
            assertEquals(Boolean.TRUE, browser.script("return !!(window.PrimeFaces && PrimeFaces.csp && window.kindredForms)"),
                    "PrimeFaces and Kindred's own script ran");
            assertFalse(browser.inlineScriptRuns(), "an injected inline script ran: the policy does not protect the page");
        }
    }
}
