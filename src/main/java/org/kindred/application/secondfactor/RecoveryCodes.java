package org.kindred.application.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: {@value #COUNT} at a time, each ten characters from an alphabet without look-alikes
 * (50 random bits), shown as {@code xxxxx-xxxxx}, stored as SHA-256 of the normalised code. Typed codes
 * are normalised first: case, spaces and dashes do not matter.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int c = 0; c < COUNT; c++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The typed code without case, spaces or dashes. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the typed text has the shape of a recovery code (not of a six-digit app code). */
    public static boolean looksLikeOne(String typed) {
        String code = normalise(typed);
        return code.length() == LENGTH && code.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0);
    }

    public static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
