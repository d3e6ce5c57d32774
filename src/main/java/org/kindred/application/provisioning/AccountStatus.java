package org.kindred.application.provisioning;

/**
 * Where a leaver is let go and a returner let back in: the people package's deactivation (issue 21),
 * which signs the person out, takes them out of their groups and sends the cancellations. Provisioning
 * never does any of that itself.
 */
public interface AccountStatus {

    void deactivate(long organisationId, Long actorIdOrNull, long personId);

    void reactivate(long organisationId, Long actorIdOrNull, long personId);
}
