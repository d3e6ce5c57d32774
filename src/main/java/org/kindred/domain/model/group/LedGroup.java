package org.kindred.domain.model.group;

/**
 * A group as one of its leaders sees it in their list: the group (its template read with it), the
 * leader's role in it and the number of its current ground-rules version (0 before the first).
 */
public record LedGroup(SupportGroup group, LeaderRole role, int rulesVersion) {
}
