package org.kindred.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kindred.infrastructure.config.MicroProfileSecondFactorSettings;

/** TOTP secrets sealed with AES-GCM: they open only for the same person under the same key. */
class AesGcmSecretSealerTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static AesGcmSecretSealer sealer(byte[] key) {
        AesGcmSecretSealer sealer = new AesGcmSecretSealer();
        sealer.settings = new MicroProfileSecondFactorSettings() {
            @Override
            public Optional<byte[]> secretKey() {
                return Optional.ofNullable(key);
            }
        };
        return sealer;
    }

    @Test
    void aSealedSecretOpensForItsPersonUnderItsKeyOnly() {
        byte[] key = new byte[32];
        key[0] = 7;
        AesGcmSecretSealer sealer = sealer(key);
        String sealed = sealer.seal(42, SECRET);
        assertTrue(sealed.startsWith("v1:") && !sealed.contains(SECRET), sealed);
        assertNotEquals(sealed, sealer.seal(42, SECRET), "a fresh nonce each time");
        assertEquals(SECRET, sealer.open(42, sealed));
        assertThrows(IllegalStateException.class, () -> sealer.open(43, sealed), "bound to the person");
        byte[] other = key.clone();
        other[1] = 1;
        assertThrows(IllegalStateException.class, () -> sealer(other).open(42, sealed), "another key");
        assertThrows(IllegalStateException.class, () -> sealer.open(42, sealed.substring(0, sealed.length() - 2) + "AA"),
                "tampered");
    }

    @Test
    void withoutAKeyNothingIsAvailableAndNothingOpens() {
        AesGcmSecretSealer none = sealer(null);
        assertFalse(none.available());
        assertThrows(IllegalStateException.class, () -> none.open(42, "v1:AAAA"));
    }
}
