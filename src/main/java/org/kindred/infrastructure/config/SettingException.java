package org.kindred.infrastructure.config;

/** A setting that is missing or wrong. The message names the setting and its environment variable. */
public class SettingException extends RuntimeException {

    private final String property;

    public SettingException(String property, String problem) {
        super("Setting " + property + " (environment variable " + KindredSettings.environmentName(property) + ") "
                + problem);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
