package org.kindred.interfaces.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.secondfactor.SecondFactorService;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * The signed-in person's two-step sign-in (ADR 0023): turning it on (a first code confirms the app
 * before it takes effect), new recovery codes, turning it off with password and code (not when their
 * roles require it).
 */
@Named
@ViewScoped
public class AccountSecurityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecondFactorService secondFactor;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient ExternalContext external;

    private SecondFactorService.Enrolment enrolment;
    private List<String> recoveryCodes = List.of();
    private String code;
    private String codeForNewCodes;
    private String password;
    private String passwordToTurnOn;
    private String codeToTurnOff;
    private transient SecondFactorService.Status status;

    public SecondFactorService.Status getStatus() {
        if (status == null) {
            status = secondFactor.status(me.getPerson().id());
        }
        return status;
    }

    public void begin() {
        enrolment = secondFactor.begin(me.getPerson().id()).orElse(null);
        if (enrolment == null) {
            Messages.error(null, Texts.get("secondFactor.unavailable"));
        }
    }

    public void cancel() {
        enrolment = null;
    }

    public void confirm() {
        if (enrolment == null) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SecondFactorService.Result result = secondFactor.confirmWithPassword(me.getPerson().id(), passwordToTurnOn,
                request.getRemoteAddr(), enrolment.secret(), code);
        code = null;
        passwordToTurnOn = null;
        if (!result.accepted()) {
            Messages.error(result.outcome() == SecondFactorService.Outcome.WRONG_PASSWORD ? "enrol:passwordToTurnOn" : "enrol:code",
                    SecondFactorMessages.of(result.outcome()));
            return;
        }
        enrolment = null;
        recoveryCodes = result.recoveryCodes();
        status = null;
        Messages.info(Texts.get("accountSecurityPage.turnedOn"));
    }

    public void newRecoveryCodes() {
        SecondFactorService.Result result = secondFactor.newRecoveryCodes(me.getPerson().id(), codeForNewCodes);
        codeForNewCodes = null;
        if (!result.accepted()) {
            Messages.error("codes:codeForNewCodes", SecondFactorMessages.of(result.outcome()));
            return;
        }
        recoveryCodes = result.recoveryCodes();
        status = null;
    }

    public void turnOff() {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SecondFactorService.Outcome outcome = secondFactor.turnOff(me.getPerson().id(), password, codeToTurnOff,
                request.getRemoteAddr());
        password = null;
        codeToTurnOff = null;
        if (outcome != SecondFactorService.Outcome.ACCEPTED) {
            Messages.error(outcome == SecondFactorService.Outcome.WRONG_PASSWORD ? "off:password" : "off:codeToTurnOff",
                    SecondFactorMessages.of(outcome));
            return;
        }
        recoveryCodes = List.of();
        status = null;
        Messages.info(Texts.get("accountSecurityPage.turnedOff"));
    }

    public SecondFactorService.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCodeForNewCodes() {
        return codeForNewCodes;
    }

    public void setCodeForNewCodes(String codeForNewCodes) {
        this.codeForNewCodes = codeForNewCodes;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordToTurnOn() {
        return passwordToTurnOn;
    }

    public void setPasswordToTurnOn(String passwordToTurnOn) {
        this.passwordToTurnOn = passwordToTurnOn;
    }

    public String getCodeToTurnOff() {
        return codeToTurnOff;
    }

    public void setCodeToTurnOff(String codeToTurnOff) {
        this.codeToTurnOff = codeToTurnOff;
    }
}
