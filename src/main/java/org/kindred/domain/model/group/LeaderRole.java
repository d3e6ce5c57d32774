package org.kindred.domain.model.group;

/** A group has one lead facilitator and at most one co-lead. */
public enum LeaderRole {
    LEAD, CO_LEAD
}
