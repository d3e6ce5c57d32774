package org.kindred.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeviceHintsTest {

    @Test
    void aShortDescriptionNotTheHeader() {
        assertEquals("Firefox on Windows", DeviceHints.of(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"));
        assertEquals("Edge on Windows", DeviceHints.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"));
        assertEquals("Chrome on Android", DeviceHints.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"));
        assertEquals("Safari on iOS", DeviceHints.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"));
        assertEquals("Safari on macOS", DeviceHints.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Safari/605.1.15"));
        assertEquals("Chrome on Linux", DeviceHints.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36"));
        assertEquals("Chrome on ChromeOS", DeviceHints.of("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"));
        assertEquals("A program on an unknown system", DeviceHints.of("Java-http-client/17.0.12"));
        assertEquals("Unknown browser", DeviceHints.of(null));
        assertEquals("A browser on an unknown system", DeviceHints.of("<script>alert(1)</script>"));
    }
}
