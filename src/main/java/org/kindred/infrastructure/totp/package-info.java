/**
 * The TOTP library (dev.samstevens.totp, with ZXing for its QR code), behind application's
 * {@link org.kindred.application.secondfactor.TotpAlgorithm} port (ADR 0023).
 */
package org.kindred.infrastructure.totp;
