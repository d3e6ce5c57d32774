package org.kindred.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kindred.application.evaluation.DayAfterEvaluationMail;

/** Evaluation settings from MicroProfile Config; defaults in docs/operations.md. */
@ApplicationScoped
public class MicroProfileEvaluationSettings implements DayAfterEvaluationMail.Settings {

    @Inject
    KindredSettings settings;

    /** Read at every run, so that switching it off takes effect without a redeploy where config is dynamic. */
    @Override
    public boolean dayAfterEmail() {
        return settings.flag(KindredSettings.EVALUATION_DAY_AFTER_EMAIL, true);
    }
}
