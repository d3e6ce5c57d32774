package org.kindred.interfaces.rest.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Request bodies of the session-plan and homework endpoints. Classes with fields rather than
 * records: Payara's OpenAPI generator fails on Bean Validation annotations on record components.
 */
public final class PlanBodies {

    private PlanBodies() {
    }

    /** A group's plan for one session: optionally another set, then the exercises in order. */
    public static class Plan {
        /** A library set to assign; its exercises in the library's order, unless exerciseIds follows. */
        public Long setId;

        @Size(min = 1, max = 20, message = "Send between 1 and 20 exercise ids.")
        public List<Long> exerciseIds;
    }

    /** A member's own answer: did they do the homework? Nothing else is sent or kept. */
    public static class HomeworkAnswer {
        @NotNull(message = "Say whether you did the homework: send {\"done\": true} or {\"done\": false}.")
        public Boolean done;
    }
}
