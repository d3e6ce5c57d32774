package org.kindred.application.session;

import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.domain.model.session.Clash;

/** Some occurrences clash; nothing was booked. Carries every clashing occurrence, not just the first. */
public class ClashException extends ConflictException {

    private final transient List<Clash> clashes;

    public ClashException(String message, List<Clash> clashes) {
        super(message);
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
