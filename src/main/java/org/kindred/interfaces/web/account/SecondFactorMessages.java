package org.kindred.interfaces.web.account;

import org.kindred.application.secondfactor.SecondFactorService;
import org.kindred.interfaces.web.jsf.Texts;

/** What each outcome of a second-factor try says, on every page that asks for a code. */
final class SecondFactorMessages {

    private SecondFactorMessages() {
    }

    static String of(SecondFactorService.Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> Texts.get("secondFactor.accepted");
            case WRONG_CODE -> Texts.get("secondFactor.wrongCode");
            case USED_ALREADY -> Texts.get("secondFactor.usedAlready");
            case TOO_MANY_TRIES -> Texts.get("secondFactor.tooManyTries");
            case WRONG_PASSWORD -> Texts.get("secondFactor.wrongPassword");
            case REQUIRED_FOR_YOUR_ROLES -> Texts.get("secondFactor.requiredForYourRoles");
            case NOT_ENROLLED -> Texts.get("secondFactor.notEnrolled");
            case UNAVAILABLE -> Texts.get("secondFactor.unavailable");
            case ALREADY_ENROLLED -> Texts.get("secondFactor.alreadyOn");
        };
    }
}
