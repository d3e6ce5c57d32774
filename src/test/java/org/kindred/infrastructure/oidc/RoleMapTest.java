package org.kindred.infrastructure.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.application.signin.SignInRefused.Reason;
import org.kindred.domain.model.person.Role;

class RoleMapTest {

    @Test
    void claimValuesGiveTheRolesTheMapNamesAndNothingElse() {
        RoleMap map = RoleMap.parse(" ADMIN:8a4f-admins , organiser:kindred-organisers,FACILITATOR:kindred-facilitators,"
                + "FACILITATOR:second-facilitators,");
        assertEquals(EnumSet.of(Role.ADMIN, Role.FACILITATOR), map.roles(List.of("8a4f-admins", "second-facilitators", "other")));
        assertEquals(Set.of(), map.roles(List.of("Kindred-Organisers")), "compared exactly");
        assertEquals(Set.of(), RoleMap.parse(null).roles(List.of("anything")));
    }

    @Test
    void aMalformedMapIsRefusedWithWhatItShouldBe() {
        assertEquals("each entry must be ROLE:value, such as ADMIN:kindred-admins",
                assertThrows(IllegalArgumentException.class, () -> RoleMap.parse("ADMIN")).getMessage());
        assertEquals("roles are ADMIN, ORGANISER, FACILITATOR or PARTICIPANT",
                assertThrows(IllegalArgumentException.class, () -> RoleMap.parse("BOSS:x")).getMessage());
    }

    @Test
    void theValidatorsRefusalNamesTheCheck() {
        assertEquals(Reason.ISSUER, NimbusOpenIdProvider.reasonOf("Unexpected JWT issuer: http://x"));
        assertEquals(Reason.AUDIENCE, NimbusOpenIdProvider.reasonOf("JWT audience rejected: [other]"));
        assertEquals(Reason.EXPIRED, NimbusOpenIdProvider.reasonOf("Expired JWT"));
        assertEquals(Reason.NONCE, NimbusOpenIdProvider.reasonOf("Unexpected JWT nonce (nonce) claim: x"));
        assertEquals(Reason.INVALID_TOKEN, NimbusOpenIdProvider.reasonOf("Missing JWT subject"));
    }
}
