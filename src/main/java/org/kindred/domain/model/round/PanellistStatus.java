package org.kindred.domain.model.round;

/** A panellist is asked, and then consents or declines; one who consented may withdraw. */
public enum PanellistStatus {
    INVITED, CONSENTED, DECLINED, WITHDRAWN;

    public boolean onPanel() {
        return this == INVITED || this == CONSENTED;
    }
}
