package org.kindred.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Period;
import org.kindred.application.attendance.Retention;

/** Retention settings from MicroProfile Config; defaults in docs/operations.md. */
@ApplicationScoped
public class MicroProfileRetentionSettings implements Retention.Settings {

    @Inject
    KindredSettings settings;

    @Override
    public Period keepAfterGroupEnds() {
        return settings.period(KindredSettings.RETENTION_PERIOD, Period.ofMonths(12));
    }

    public Duration pollInterval() {
        return settings.duration(KindredSettings.RETENTION_POLL, Duration.ofHours(1));
    }

    /** Reads both settings once at start-up, so a wrong one is named then. */
    public void check() {
        keepAfterGroupEnds();
        pollInterval();
    }
}
