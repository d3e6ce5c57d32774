package org.kindred.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every IT uses: the WAR the build has just packaged (every package, page and
 * library, exactly as shipped) inside an EAR laid out like ear/pom.xml's, at context root "/".
 */
public final class KindredDeployment {

    private KindredDeployment() {
    }

    public static EnterpriseArchive ear() {
        File war = new File(System.getProperty("kindred.it.war", "../target/kindred.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("package the WAR before the ITs run: " + war);
        }
        return ShrinkWrap.create(EnterpriseArchive.class, "kindred.ear")
                .addAsModule(war, "kindred.war")
                .setApplicationXML(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                          <display-name>kindred</display-name>
                          <module><web><web-uri>kindred.war</web-uri><context-root>/</context-root></web></module>
                        </application>
                        """));
    }

    /** The WAR inside the deployment, as deployed: for tests that enumerate its pages and classes. */
    public static WebArchive war() {
        return ear().getAsType(WebArchive.class, "kindred.war");
    }
}
