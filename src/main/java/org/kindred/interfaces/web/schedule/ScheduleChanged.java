package org.kindred.interfaces.web.schedule;

/**
 * Fired by a form bean after it changed the schedule, so that the page beans of the same view read
 * their lists again (they observe it with {@code notifyObserver = IF_EXISTS}).
 */
public record ScheduleChanged() {
}
