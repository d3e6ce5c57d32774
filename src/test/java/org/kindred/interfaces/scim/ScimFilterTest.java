package org.kindred.interfaces.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kindred.domain.model.provisioning.ProvisioningRepository.Attribute;

class ScimFilterTest {

    @Test
    void entraFindsAUserByUserName() {
        assertEquals(new ScimFilter(Attribute.USER_NAME, "Test_User_dfeef4c5@testuser.com"),
                ScimFilter.parse("userName eq \"Test_User_dfeef4c5@testuser.com\""));
    }

    @Test
    void attributeNamesAndTheOperatorAreCaseInsensitiveAndMayCarryTheSchema() {
        assertEquals(new ScimFilter(Attribute.USER_NAME, "a@b.nhs.uk"), ScimFilter.parse("USERNAME EQ \"a@b.nhs.uk\""));
        assertEquals(new ScimFilter(Attribute.USER_NAME, "a@b.nhs.uk"),
                ScimFilter.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"a@b.nhs.uk\""));
    }

    @Test
    void externalIdAndEmailsToo() {
        assertEquals(new ScimFilter(Attribute.EXTERNAL_ID, "0a21f0f2-8d2a"), ScimFilter.parse("externalId eq \"0a21f0f2-8d2a\""));
        assertEquals(new ScimFilter(Attribute.EMAIL, "x@y.org"), ScimFilter.parse("emails.value eq \"x@y.org\""));
    }

    @Test
    void theValueIsAJsonString() {
        assertEquals("say \"hi\" \\ é", ScimFilter.parse("externalId eq \"say \\\"hi\\\" \\\\ \\u00e9\"").value());
        assertEquals("non-existent user", ScimFilter.parse("  userName eq \"non-existent user\"  ").value());
    }

    @Test
    void noFilterIsNoFilter() {
        assertNull(ScimFilter.parse(null));
        assertNull(ScimFilter.parse("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "userName ne \"a@b.org\"", "userName co \"a\"", "userName sw \"a\"", "userName pr",
            "userName eq \"a@b.org\" and active eq true", "displayName eq \"Ann\"", "active eq true",
            "userName eq a@b.org", "userName eq \"unterminated", "(userName eq \"a@b.org\")",
            "emails[type eq \"work\"].value eq \"a@b.org\"", "userName eq \"bad \\x escape\"",
            "userName eq \"bad \\u12 escape\"", "meta.lastModified gt \"2011-05-13T04:42:34Z\""})
    void anythingElseIsAnInvalidFilter(String filter) {
        ScimException e = assertThrows(ScimException.class, () -> ScimFilter.parse(filter));
        assertEquals(400, e.status());
        assertEquals("invalidFilter", e.scimType());
    }

    @Test
    void aVeryLongFilterIsRefused() {
        ScimException e = assertThrows(ScimException.class,
                () -> ScimFilter.parse("userName eq \"" + "a".repeat(2000) + "\""));
        assertEquals("invalidFilter", e.scimType());
    }
}
