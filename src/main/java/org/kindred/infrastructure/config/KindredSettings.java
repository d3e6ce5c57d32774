package org.kindred.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every setting Kindred reads, by its MicroProfile Config name. In production each one comes from
 * the environment variable MicroProfile Config derives from the name (kindred.db.url is
 * KINDRED_DB_URL); defaults live in META-INF/microprofile-config.properties.
 */
@ApplicationScoped
public class KindredSettings {

    public static final String DB_URL = "kindred.db.url";
    public static final String DB_USER = "kindred.db.user";
    public static final String DB_PASSWORD = "kindred.db.password";
    public static final String BASE_URL = "kindred.base-url";
    public static final String TIME_ZONE = "kindred.time-zone";
    public static final String ORGANISER_MAILBOX = "kindred.organiser-mailbox";
    public static final String DEMO_ENABLED = "kindred.demo.enabled";
    public static final String DEMO_SMTP_PORT = "kindred.demo.smtp-port";
    public static final String BOOTSTRAP_ADMIN_EMAIL = "kindred.bootstrap.admin-email";
    public static final String BOOTSTRAP_ADMIN_NAME = "kindred.bootstrap.admin-name";
    public static final String ORGANISATION_NAME = "kindred.organisation.name";
    public static final String OUTBOX_POLL = "kindred.outbox.poll-interval";
    public static final String OUTBOX_FIRST_RETRY = "kindred.outbox.first-retry";
    public static final String OUTBOX_MAX_RETRY = "kindred.outbox.max-retry";
    public static final String OUTBOX_GIVE_UP = "kindred.outbox.give-up-after";
    public static final String IMAP_ENABLED = "kindred.imap.enabled";
    public static final String IMAP_POLL = "kindred.imap.poll-interval";
    public static final String REMINDER_POLL = "kindred.reminders.poll-interval";
    public static final String LINK_SECRET = "kindred.link-secret";
    public static final String LINK_VALIDITY = "kindred.reply-links.valid-for";
    public static final String RETENTION_PERIOD = "kindred.retention.after-group-ends";
    public static final String COUNT_STATEMENTS = "kindred.diagnostics.count-statements";
    public static final String SESSION_SIZE = "kindred.diagnostics.session-size";
    public static final String RETENTION_POLL = "kindred.retention.poll-interval";
    public static final String EVALUATION_DAY_AFTER_EMAIL = "kindred.evaluation.day-after-email";
    public static final String SESSION_IDLE_TIMEOUT = "kindred.session.idle-timeout";
    public static final String SESSION_ABSOLUTE_TIMEOUT = "kindred.session.absolute-timeout";
    public static final String MFA_REQUIRED_ROLES = "kindred.mfa.required-roles";
    public static final String MFA_SECRET_KEY = "kindred.mfa.secret-key";
    /** Single sign-on (ADR 0022); off while the issuer is not set. */
    public static final String OIDC_ISSUER = "kindred.oidc.issuer";
    public static final String OIDC_CLIENT_ID = "kindred.oidc.client-id";
    public static final String OIDC_CLIENT_SECRET = "kindred.oidc.client-secret";
    public static final String OIDC_CLIENT_AUTH = "kindred.oidc.client-auth";
    public static final String OIDC_DISPLAY_NAME = "kindred.oidc.display-name";
    public static final String OIDC_SCOPES = "kindred.oidc.scopes";
    public static final String OIDC_TRUST_EMAIL = "kindred.oidc.trust-email";
    public static final String OIDC_ROLES_CLAIM = "kindred.oidc.roles-claim";
    public static final String OIDC_ROLE_MAP = "kindred.oidc.role-map";
    public static final String OIDC_ORGANISATION = "kindred.oidc.organisation";

    @Inject
    Config config;

    /** The environment variable that sets a property, by MicroProfile Config's mapping rule. */
    public static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public Optional<String> text(String property) {
        return config.getOptionalValue(property, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    public String required(String property) {
        return text(property).orElseThrow(() -> new SettingException(property, "is not set"));
    }

    public Optional<String> databaseUrl() {
        return text(DB_URL);
    }

    public URI baseUrl() {
        String value = required(BASE_URL);
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new SettingException(BASE_URL, "must be an absolute http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new SettingException(BASE_URL, "must be an absolute http(s) URL");
        }
    }

    public ZoneId timeZone() {
        String value = text(TIME_ZONE).orElse("Europe/London");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new SettingException(TIME_ZONE, "is not a time zone such as Europe/London");
        }
    }

    public String organiserMailbox() {
        return required(ORGANISER_MAILBOX);
    }

    public boolean demoEnabled() {
        return config.getOptionalValue(DEMO_ENABLED, Boolean.class).orElse(false);
    }

    public int demoSmtpPort() {
        return config.getOptionalValue(DEMO_SMTP_PORT, Integer.class).orElse(2525);
    }

    public Optional<String> bootstrapAdminEmail() {
        return text(BOOTSTRAP_ADMIN_EMAIL);
    }

    public String bootstrapAdminName() {
        return text(BOOTSTRAP_ADMIN_NAME).orElse("Administrator");
    }

    public String organisationName() {
        return text(ORGANISATION_NAME).orElse("Kindred");
    }

    /** An ISO-8601 duration such as PT30S or P2D, between one second and a year. */
    public java.time.Duration duration(String property, java.time.Duration fallback) {
        Optional<String> text = text(property);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            java.time.Duration value = java.time.Duration.parse(text.get());
            if (value.compareTo(java.time.Duration.ofSeconds(1)) < 0 || value.compareTo(java.time.Duration.ofDays(366)) > 0) {
                throw new SettingException(property, "must be between PT1S and P366D");
            }
            return value;
        } catch (java.time.format.DateTimeParseException e) {
            throw new SettingException(property, "must be a duration such as PT30S, PT10M or P2D");
        }
    }

    /** An ISO-8601 period such as P12M or P2Y, from one day to ten years. */
    public java.time.Period period(String property, java.time.Period fallback) {
        Optional<String> text = text(property);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            java.time.Period value = java.time.Period.parse(text.get());
            java.time.LocalDate start = java.time.LocalDate.of(2000, 1, 1);
            if (value.isNegative() || start.plus(value).isBefore(start.plusDays(1))
                    || start.plus(value).isAfter(start.plusYears(10))) {
                throw new SettingException(property, "must be between P1D and P10Y");
            }
            return value;
        } catch (java.time.format.DateTimeParseException e) {
            throw new SettingException(property, "must be a period such as P12M or P2Y");
        }
    }

    public boolean flag(String property, boolean fallback) {
        return text(property).map(v -> v.equalsIgnoreCase("true")).orElse(fallback);
    }

    /** An SMTP or IMAP server: kindred.smtp.* or kindred.imap.*. */
    public MailServerSettings mailServer(String prefix) {
        String host = required(prefix + ".host");
        int port = config.getOptionalValue(prefix + ".port", Integer.class)
                .orElseThrow(() -> new SettingException(prefix + ".port", "is not set"));
        String security = text(prefix + ".tls").orElse("none").toLowerCase(Locale.ROOT);
        if (!security.equals("none") && !security.equals("starttls") && !security.equals("tls")) {
            throw new SettingException(prefix + ".tls", "must be none, starttls or tls");
        }
        return new MailServerSettings(host, port, text(prefix + ".user").orElse(null),
                text(prefix + ".password").orElse(null), security);
    }

    /** Connection details of a mail server. {@link #toString()} leaves the password out. */
    public record MailServerSettings(String host, int port, String user, String password, String security) {
        @Override
        public String toString() {
            return host + ":" + port + " (" + security + ")";
        }
    }
}
