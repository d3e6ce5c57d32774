package org.kindred.application.account;

import java.util.Locale;

/**
 * A short description of the browser and system a session was signed in from ("Firefox on Windows"),
 * derived from the User-Agent header, which itself is never stored: enough for a person to recognise
 * their sessions, too little to fingerprint them.
 */
public final class DeviceHints {

    private DeviceHints() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return browser(ua) + " on " + system(ua);
    }

    private static String browser(String ua) {
        if (ua.contains("edg/") || ua.contains("edge/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("samsungbrowser")) {
            return "Samsung Internet";
        }
        if (ua.contains("firefox/") || ua.contains("fxios")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios")) {
            return "Chrome";
        }
        if (ua.contains("safari/") && ua.contains("version/")) {
            return "Safari";
        }
        if (ua.contains("trident/") || ua.contains("msie")) {
            return "Internet Explorer";
        }
        if (ua.contains("curl/") || ua.contains("java") || ua.contains("python") || ua.contains("okhttp")) {
            return "A program";
        }
        return "A browser";
    }

    private static String system(String ua) {
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod")) {
            return "iOS";
        }
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("cros")) {
            return "ChromeOS";
        }
        if (ua.contains("mac os") || ua.contains("macintosh")) {
            return "macOS";
        }
        if (ua.contains("linux") || ua.contains("x11")) {
            return "Linux";
        }
        return "an unknown system";
    }
}
