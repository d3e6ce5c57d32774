package org.kindred.domain.model.invitation;

/** An attendee's answer, as iCalendar's PARTSTAT names it. */
public enum PartStat { ACCEPTED, DECLINED, TENTATIVE, NEEDS_ACTION }
