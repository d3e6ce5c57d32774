package org.kindred.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kindred.application.secondfactor.SecondFactorSettings;
import org.kindred.domain.model.person.Role;

/**
 * Two-step sign-in settings (ADR 0023, docs/operations.md): {@value KindredSettings#MFA_REQUIRED_ROLES}
 * (default {@code ADMIN,ORGANISER}; {@code none} for nobody) and {@value KindredSettings#MFA_SECRET_KEY},
 * the AES key that seals TOTP secrets (16, 24 or 32 bytes in Base64; never in the repository). Both are
 * read on each use, so an operator may change them while Kindred runs.
 */
@ApplicationScoped
public class MicroProfileSecondFactorSettings implements SecondFactorSettings {

    static final String DEFAULT_ROLES = "ADMIN,ORGANISER";

    @Inject
    KindredSettings settings;

    /** A malformed value while running falls back to the default, which requires more, never less. */
    @Override
    public Set<Role> requiredRoles() {
        try {
            return parseRoles(settings.text(KindredSettings.MFA_REQUIRED_ROLES).orElse(DEFAULT_ROLES));
        } catch (SettingException e) {
            return parseRoles(DEFAULT_ROLES);
        }
    }

    static Set<Role> parseRoles(String value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value.strip().equalsIgnoreCase("none")) {
            return roles;
        }
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new SettingException(KindredSettings.MFA_REQUIRED_ROLES,
                        "must be none or a list of ADMIN, ORGANISER, FACILITATOR, PARTICIPANT");
            }
        }
        return roles;
    }

    /** The sealing key, when one is set. @throws SettingException when it is not a usable AES key */
    public Optional<byte[]> secretKey() {
        Optional<String> text = settings.text(KindredSettings.MFA_SECRET_KEY);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.get());
        } catch (IllegalArgumentException e) {
            throw new SettingException(KindredSettings.MFA_SECRET_KEY, "must be Base64 (openssl rand -base64 32)");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new SettingException(KindredSettings.MFA_SECRET_KEY,
                    "must be 16, 24 or 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return Optional.of(key);
    }

    /**
     * At start-up: both settings well formed, and a key when a second factor is required (without one
     * nobody could enrol, and the people it is required of could not sign in).
     */
    public void check() {
        Set<Role> required = parseRoles(settings.text(KindredSettings.MFA_REQUIRED_ROLES).orElse(DEFAULT_ROLES));
        if (secretKey().isEmpty() && !required.isEmpty()) {
            throw new SettingException(KindredSettings.MFA_SECRET_KEY, "is not set, and "
                    + KindredSettings.MFA_REQUIRED_ROLES + " requires a second factor of " + required
                    + ": set a key (openssl rand -base64 32), or set " + KindredSettings.MFA_REQUIRED_ROLES + " to none");
        }
    }
}
