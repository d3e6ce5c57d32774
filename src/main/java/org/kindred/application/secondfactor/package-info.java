/**
 * Two-step sign-in for local accounts (issue 20, ADR 0023): after the password, a code from an
 * authenticator app (TOTP, RFC 6238) or a single-use recovery code. {@link
 * org.kindred.application.secondfactor.SecondFactorService} enrols, checks codes (each accepted once,
 * throttled per person by {@link org.kindred.application.secondfactor.CodeThrottle}), makes recovery
 * codes, turns the factor off and lets admins reset it; {@link
 * org.kindred.application.secondfactor.PendingSignIn} is what the HTTP session holds between the
 * password and the code. Ports: {@link org.kindred.application.secondfactor.TotpAlgorithm} (the TOTP
 * library), {@link org.kindred.application.secondfactor.SecretSealer} (AES-GCM under the configured
 * key), {@link org.kindred.application.secondfactor.SecondFactorSettings}.
 */
package org.kindred.application.secondfactor;
