/**
 * A person's second factor for signing in (ADR 0023): the authenticator app they enrolled
 * ({@link org.kindred.domain.model.secondfactor.TotpEnrolment}, its secret sealed), their single-use
 * {@link org.kindred.domain.model.secondfactor.RecoveryCode}s by hash, and the repository that accepts
 * each code once, across servers.
 */
package org.kindred.domain.model.secondfactor;
