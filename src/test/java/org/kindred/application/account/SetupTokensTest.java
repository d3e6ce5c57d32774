package org.kindred.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SetupTokensTest {

    @Test
    void secretsAreUrlSafeAndDistinctAndOnlyTheirHashIsStored() {
        String one = SetupTokens.newSecret();
        assertTrue(one.matches("[A-Za-z0-9_-]{43}"), one);
        assertNotEquals(one, SetupTokens.newSecret());
        assertEquals(64, SetupTokens.hash(one).length());
        assertEquals(SetupTokens.hash(one), SetupTokens.hash(one));
    }
}
