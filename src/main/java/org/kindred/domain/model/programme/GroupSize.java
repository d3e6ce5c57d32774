package org.kindred.domain.model.programme;

/**
 * How many members a group may have, and how many make a quorum. Built only through
 * {@link ProgrammeTemplate#size}, which checks it against the template's limits.
 */
public record GroupSize(int minMembers, int maxMembers, int quorum) {
}
