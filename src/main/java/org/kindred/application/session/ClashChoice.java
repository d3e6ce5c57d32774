package org.kindred.application.session;

/**
 * What to do with the occurrences that clash, once the organiser has seen them: skip those dates, or
 * hold them in another room. (Cancelling is simply not sending the request again.) No choice means
 * "show me the clashes": nothing is booked while any occurrence clashes.
 */
public record ClashChoice(Action action, Long moveToRoomId) {

    public enum Action { SKIP, MOVE }

    public static final ClashChoice NONE = new ClashChoice(null, null);
}
