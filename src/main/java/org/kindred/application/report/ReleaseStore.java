package org.kindred.application.report;

import java.time.YearMonth;
import java.util.List;

/** Where released months are kept: implemented in infrastructure.persistence. */
public interface ReleaseStore {

    /** The organisation's released months from {@code first} to {@code last}, oldest first. */
    List<MonthRelease> released(long organisationId, YearMonth first, YearMonth last);

    /** Up to {@code limit} organisations that have no release of {@code month} yet. */
    List<Long> without(YearMonth month, int limit);

    /**
     * Keeps a release unless one for that month is kept already (another request or server made it
     * first, from the same final counts, so with the same figures); returns it.
     */
    MonthRelease keep(long organisationId, MonthRelease release);
}
