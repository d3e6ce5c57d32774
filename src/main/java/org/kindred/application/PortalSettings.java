package org.kindred.application;

import java.net.URI;
import java.time.ZoneId;

/**
 * What the use cases and pages need to know of the runtime settings; implemented in
 * infrastructure.config on top of MicroProfile Config.
 */
public interface PortalSettings {

    /** An absolute link into the portal, for emails. @param pathAndQuery starting with a slash */
    URI link(String pathAndQuery);

    /** The organisation's zone: every time is scheduled and shown in it. */
    ZoneId timeZone();

    boolean demoMode();
}
