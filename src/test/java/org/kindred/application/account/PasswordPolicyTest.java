package org.kindred.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void lengthIsTheRule() {
        assertTrue(PasswordPolicy.problemWith("eleven char", null).isPresent());
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("twelve chars", null));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("x".repeat(128), null));
        assertTrue(PasswordPolicy.problemWith("x".repeat(129), null).isPresent());
    }

    @Test
    void countsCharactersNotBytesOrUtf16Units() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("ñandú ölçü ß", null), "12 characters");
        assertTrue(PasswordPolicy.problemWith("😀😀😀😀😀😀😀😀😀😀😀", null).isPresent(), "11 emoji are 11 characters");
    }

    @Test
    void refusesTheEmailAddressItself() {
        assertTrue(PasswordPolicy.problemWith("Pat.Long@trust.nhs.uk", "pat.long@trust.nhs.uk").isPresent());
    }
}
