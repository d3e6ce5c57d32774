package org.kindred.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.PortalSettings;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.provisioning.IssuedToken;
import org.kindred.application.provisioning.ProvisioningTokenService;
import org.kindred.application.provisioning.TokenLine;
import org.kindred.domain.model.provisioning.ProvisioningToken;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Admin: the SCIM tokens of the organisation's identity provider. A new token is shown once, on the
 * answer to the request that made it, and is never kept in the view (so never in the session).
 */
@Named
@ViewScoped
public class ProvisioningPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProvisioningTokenService tokens;

    @Inject
    transient PortalSettings portal;

    @Inject
    transient CurrentPerson me;

    @NotBlank(message = "Give the token a label, such as the directory it is for.")
    @Size(max = ProvisioningToken.MAX_LABEL_LENGTH, message = "Use at most {max} characters.")
    private String label;

    /** The token just issued, for this answer only. */
    private transient String issued;

    private transient List<TokenLine> lines;

    public List<TokenLine> getTokens() {
        if (lines == null) {
            lines = tokens.tokens(me.caller());
        }
        return lines;
    }

    public String getBaseUrl() {
        return portal.link("/scim/v2").toString();
    }

    public void issue() {
        try {
            IssuedToken token = tokens.issue(me.caller(), label);
            issued = token.secret();
            label = null;
            lines = null;
            Messages.info(Texts.get("provisioningPage.tokenCreatedCopyItNow"));
        } catch (IllegalArgumentException e) {
            Messages.error("issue:label", e.getMessage());
        }
    }

    public void revoke(long id) {
        try {
            tokens.revoke(me.caller(), id);
            Messages.info(Texts.get("provisioningPage.tokenRevoked"));
        } catch (NotFoundException e) {
            Messages.notFound();
        }
        lines = null;
    }

    public String getIssued() {
        return issued;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
