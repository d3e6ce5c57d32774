package org.kindred.domain.model.invitation;

/**
 * A person's stored PARTSTAT for a series ({@code occurrenceKey} 0) or one occurrence of it
 * ({@code occurrenceKey} is the occurrence id). An occurrence's own answer overrides the series'.
 */
public record Answer(long personId, long seriesId, long occurrenceKey, PartStat partStat) {

    public static final long WHOLE_SERIES = 0L;

    public enum Via { EMAIL, LINK }
}
