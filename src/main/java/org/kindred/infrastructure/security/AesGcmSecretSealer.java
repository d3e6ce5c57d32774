package org.kindred.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.kindred.application.secondfactor.SecretSealer;
import org.kindred.infrastructure.config.MicroProfileSecondFactorSettings;
import org.kindred.infrastructure.config.SettingException;

/**
 * AES-GCM from the JDK, under the key of {@code kindred.mfa.secret-key}: a random 96-bit nonce per
 * secret, the person's id as associated data (a sealed secret moved to another person's row does not
 * open), stored as {@code v1:} and the Base64 of nonce and ciphertext with its tag.
 */
@ApplicationScoped
public class AesGcmSecretSealer implements SecretSealer {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MicroProfileSecondFactorSettings settings;

    @Override
    public boolean available() {
        try {
            return settings.secretKey().isPresent();
        } catch (SettingException malformed) {
            return false;
        }
    }

    @Override
    public String seal(long personId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, personId, nonce);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    @Override
    public String open(long personId, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, personId, nonce);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException | SettingException e) {
            throw new IllegalStateException("the secret does not open under the configured key");
        }
    }

    private Cipher cipher(int mode, long personId, byte[] nonce) throws GeneralSecurityException {
        Optional<byte[]> key = settings.secretKey();
        if (key.isEmpty()) {
            throw new IllegalStateException("no key: " + "kindred.mfa.secret-key is not set");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key.get(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(personId).array());
        return cipher;
    }
}
