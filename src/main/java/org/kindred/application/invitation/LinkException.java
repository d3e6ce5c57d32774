package org.kindred.application.invitation;

/** An accept or decline link that cannot be used, with the reason in words a person understands. */
public class LinkException extends RuntimeException {

    public enum Problem {
        INVALID("This link is not valid. Please answer from the invitation in your calendar, or sign in to Kindred."),
        EXPIRED("This link has expired. Please answer from the invitation in your calendar, or sign in to Kindred."),
        USED("This link has already been used. Your answer was recorded; the other link in the email changes it."),
        NOT_INVITED("This invitation is no longer open to you: the session or your place in the group has changed.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    private final Problem problem;

    public LinkException(Problem problem) {
        super(problem.message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
