package org.kindred.interfaces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.kindred.application.account.AccountService;
import org.kindred.application.access.Caller;
import org.kindred.domain.model.person.Person;

/** The signed-in person (the caller principal is their id), looked up once per request. */
@Named("me")
@RequestScoped
public class CurrentPerson {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private Person person;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public Person getPerson() {
        if (person == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new IllegalStateException("nobody is signed in");
            }
            person = accounts.person(Long.parseLong(principal.getName()));
        }
        return person;
    }

    /** The caller, for the application layer's object-level checks. */
    public Caller caller() {
        Person p = getPerson();
        return new Caller(p.id(), p.organisationId(), p.roles());
    }

    public String getName() {
        return isSignedIn() ? getPerson().displayName() : "";
    }
}
