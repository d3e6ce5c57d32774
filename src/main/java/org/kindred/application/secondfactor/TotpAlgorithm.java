package org.kindred.application.secondfactor;

/** The TOTP algorithm (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) and its enrolment QR code. */
public interface TotpAlgorithm {

    /** Seconds per time step. */
    long STEP_SECONDS = 30;

    /** A new random shared secret, in Base32 (as authenticator apps take it typed). */
    String newSecret();

    /** The code for this time step (seconds since the epoch divided by {@link #STEP_SECONDS}). */
    String code(String secret, long step);

    /** A {@code data:image/png;base64,...} QR code of the otpauth:// URI that apps scan. */
    String qrCode(String secret, String account, String issuer);
}
