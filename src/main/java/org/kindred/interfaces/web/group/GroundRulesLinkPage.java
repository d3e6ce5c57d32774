package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.group.GroundRulesService;
import org.kindred.domain.model.person.InvalidTokenException;
import org.kindred.interfaces.web.jsf.Messages;

/**
 * The page behind the emailed ground-rules link. Opening it changes nothing (mail scanners open
 * links); the person reads the rules and presses Accept.
 */
@Named
@ViewScoped
public class GroundRulesLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GroundRulesService groundRules;

    private String token;
    private boolean usable;
    private List<String> rules = List.of();
    private boolean accepted;
    private boolean current = true;

    public void load() {
        GroundRulesService.LinkPreview preview = groundRules.preview(token);
        usable = preview.usable();
        rules = preview.rules();
    }

    public void accept() {
        try {
            current = groundRules.acceptByLink(token);
            accepted = true;
            usable = false;
        } catch (InvalidTokenException e) {
            usable = false;
            Messages.error(null, e.getMessage());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public List<String> getRules() {
        return rules;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public boolean isCurrent() {
        return current;
    }
}
