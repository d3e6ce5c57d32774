package org.kindred.application.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.Role;

/**
 * An admin's choices of how their organisation's people sign in (ADR 0022): passwords on or off (admins
 * keep theirs, the way in when the provider fails), whether a first single sign-on may make a
 * participant account, and whether roles come from the provider.
 */
@ApplicationScoped
public class SignInSettingsService {

    private static final Logger LOG = Logger.getLogger(SignInSettingsService.class.getName());

    @Inject
    OrganisationRepository organisations;

    @Inject
    OpenIdProvider provider;

    /** The organisation's choices, and whether single sign-on is configured at all. */
    public record Settings(boolean passwordSignIn, Organisation.NewPeople newPeople, Organisation.RoleSource roles,
                           boolean ssoConfigured, String providerName) {
    }

    @Transactional
    public Settings settings(Caller admin) {
        requireAdmin(admin);
        Organisation organisation = organisations.find(admin.organisationId()).orElseThrow(NotFoundException::new);
        return new Settings(organisation.passwordSignIn(), organisation.ssoNewPeople(), organisation.ssoRoles(),
                provider.configured(), provider.displayName());
    }

    public static final String NO_PROVIDER = "Single sign-on is not configured on this server, so passwords stay on:"
            + " without them only admins could sign in.";

    /**
     * @throws ConflictException switching passwords off while no provider is configured, which would
     *     leave everyone but the admins without a way in
     */
    @Transactional
    public void change(Caller admin, boolean passwordSignIn, Organisation.NewPeople newPeople,
                       Organisation.RoleSource roles) {
        requireAdmin(admin);
        if (!passwordSignIn && !provider.configured()) {
            throw new ConflictException(NO_PROVIDER);
        }
        Organisation organisation = organisations.find(admin.organisationId()).orElseThrow(NotFoundException::new);
        organisation.changeSignIn(passwordSignIn, newPeople, roles);
        LOG.info(() -> "person " + admin.personId() + " set the organisation's sign-in: passwords "
                + (passwordSignIn ? "on" : "off for all but admins") + ", new people " + newPeople + ", roles " + roles);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }
}
