package org.kindred.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KindredSettingsTest {

    @Test
    void environmentVariableNamesFollowMicroProfileConfig() {
        assertEquals("KINDRED_DB_URL", KindredSettings.environmentName(KindredSettings.DB_URL));
        assertEquals("KINDRED_BASE_URL", KindredSettings.environmentName(KindredSettings.BASE_URL));
    }

    @Test
    void aSettingProblemNamesTheSettingAndItsVariable() {
        assertEquals("Setting kindred.db.url (environment variable KINDRED_DB_URL) is not set",
                new SettingException(KindredSettings.DB_URL, "is not set").getMessage());
    }
}
