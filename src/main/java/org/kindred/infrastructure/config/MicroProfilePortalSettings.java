package org.kindred.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.ZoneId;
import org.kindred.application.PortalSettings;

@ApplicationScoped
public class MicroProfilePortalSettings implements PortalSettings {

    @Inject
    KindredSettings settings;

    @Override
    public URI link(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("path must start with a slash");
        }
        return URI.create(settings.baseUrl() + pathAndQuery);
    }

    @Override
    public ZoneId timeZone() {
        return settings.timeZone();
    }

    @Override
    public boolean demoMode() {
        return settings.demoEnabled();
    }
}
