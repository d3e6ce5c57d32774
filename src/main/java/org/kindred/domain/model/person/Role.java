package org.kindred.domain.model.person;

/** What a person may do. One person can hold several roles. The names are the security roles. */
public enum Role {
    ORGANISER, FACILITATOR, PARTICIPANT, ADMIN
}
