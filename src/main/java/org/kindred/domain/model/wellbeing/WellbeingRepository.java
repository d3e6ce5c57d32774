package org.kindred.domain.model.wellbeing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Instruments, groups' windows, the anonymous responses and the separate responded-flags. */
public interface WellbeingRepository {

    Optional<Instrument> instrument(String code);

    List<WellbeingWindow> windows(long groupId);

    /** The open windows of these groups. */
    List<WellbeingWindow> openWindows(Collection<Long> groupIds);

    /** The window, locked until the transaction ends, so that an answer and the closing cannot cross. */
    Optional<WellbeingWindow> lockWindow(long groupId, Phase phase);

    void addWindow(WellbeingWindow window);

    void closeWindow(WellbeingWindow window);

    /** Records that this member answered this phase for this group; false if they already had. */
    boolean markResponded(long groupId, Phase phase, long personId);

    boolean hasResponded(long groupId, Phase phase, long personId);

    void addResponse(WellbeingResponse response);

    long responses(long groupId, Phase phase);

    /** Per subscale code, the number of scores and their sum, over one phase's responses. */
    Map<String, long[]> totals(long groupId, Phase phase);
}
