/**
 * Scheduling use cases: series, one-off sessions, changes to one occurrence or to all following,
 * rooms, and Schwartz Rounds with their panels. Each change is one transaction that first takes the
 * row locks of the rooms and facilitators it may book (docs/adr/0007), then checks every occurrence
 * for clashes, then books, then raises a {@link org.kindred.domain.model.session.ScheduleEvent}.
 */
package org.kindred.application.session;
