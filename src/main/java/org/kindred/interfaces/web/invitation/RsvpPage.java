package org.kindred.interfaces.web.invitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.invitation.LinkException;
import org.kindred.application.invitation.ReplyService;
import org.kindred.domain.model.invitation.PartStat;
import org.kindred.interfaces.web.jsf.Messages;

/**
 * The page behind the accept and decline links in an invitation email. Opening it changes nothing
 * (mail scanners open links); the person confirms with one press.
 */
@Named
@ViewScoped
public class RsvpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReplyService replies;

    private String token;
    private String title;
    private String when;
    private boolean accepting;
    private boolean usable;
    private boolean done;

    public void load() {
        try {
            show(replies.preview(token));
            usable = true;
        } catch (LinkException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void confirm() {
        try {
            show(replies.answerByLink(token));
            done = true;
        } catch (LinkException e) {
            Messages.error(null, e.getMessage());
        }
        usable = false;
    }

    private void show(ReplyService.LinkPreview preview) {
        title = preview.title();
        when = preview.when();
        accepting = preview.answer() == PartStat.ACCEPTED;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getTitle() { return title; }
    public String getWhen() { return when; }
    public boolean isAccepting() { return accepting; }
    public boolean isUsable() { return usable; }
    public boolean isDone() { return done; }
}
