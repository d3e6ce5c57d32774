package org.kindred.interfaces.scim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What a client reads to learn what Kindred supports (RFC 7643 §5–7, RFC 7644 §4): the service
 * provider's configuration (PATCH and filtering yes; bulk, sorting, ETags, password changes no), one
 * resource type (User: Groups are not supported) and its schema, listing only the attributes kept.
 */
final class ScimDiscovery {

    static final String SPC_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    static final String RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    static final int MAX_RESULTS = 200;

    private ScimDiscovery() {
    }

    static JsonObject serviceProviderConfig(String base) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(SPC_SCHEMA))
                .add("documentationUri", "https://www.rfc-editor.org/rfc/rfc7644")
                .add("patch", supported(true))
                .add("bulk", Json.createObjectBuilder().add("supported", false).add("maxOperations", 0)
                        .add("maxPayloadSize", 0))
                .add("filter", Json.createObjectBuilder().add("supported", true).add("maxResults", MAX_RESULTS))
                .add("changePassword", supported(false))
                .add("sort", supported(false))
                .add("etag", supported(false))
                .add("authenticationSchemes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "Bearer token")
                        .add("description", "A token an admin of the organisation makes on Kindred's Provisioning "
                                + "page, sent as Authorization: Bearer <token>.")
                        .add("primary", true)))
                .add("meta", Json.createObjectBuilder().add("resourceType", "ServiceProviderConfig")
                        .add("location", base + "/ServiceProviderConfig"))
                .build();
    }

    static JsonObject userResourceType(String base) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(RESOURCE_TYPE_SCHEMA))
                .add("id", "User")
                .add("name", "User")
                .add("endpoint", "/Users")
                .add("description", "A person with a Kindred account. Groups are not provisioned.")
                .add("schema", ScimValues.USER_SCHEMA)
                .add("schemaExtensions", Json.createArrayBuilder())
                .add("meta", Json.createObjectBuilder().add("resourceType", "ResourceType")
                        .add("location", base + "/ResourceTypes/User"))
                .build();
    }

    static JsonObject userSchema(String base) {
        JsonArrayBuilder attributes = Json.createArrayBuilder()
                .add(attribute("userName", "string", "The person's work email address, which they sign in with. "
                        + "Unique across Kindred.", true, "readWrite", "server"))
                .add(attribute("displayName", "string", "The name Kindred shows.", true, "readWrite", "none"))
                .add(attribute("name", "complex", "The name: formatted only, the same as displayName.", false,
                        "readWrite", "none").add("subAttributes", Json.createArrayBuilder()
                        .add(attribute("formatted", "string", "The name Kindred shows.", false, "readWrite", "none"))))
                .add(attribute("emails", "complex", "The work address, the same as userName; Kindred keeps no other.",
                        false, "readWrite", "none").add("multiValued", true).add("subAttributes",
                        Json.createArrayBuilder()
                                .add(attribute("value", "string", "The address.", false, "readWrite", "none"))
                                .add(attribute("type", "string", "Always work.", false, "readWrite", "none"))
                                .add(attribute("primary", "boolean", "Always true.", false, "readWrite", "none"))))
                .add(attribute("active", "boolean", "Whether the person may sign in. False lets them go: they are "
                        + "signed out and leave their groups.", false, "readWrite", "none"))
                .add(attribute("externalId", "string", "The identity provider's id for the person.", false,
                        "readWrite", "none").add("caseExact", true));
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(SCHEMA_SCHEMA))
                .add("id", ScimValues.USER_SCHEMA)
                .add("name", "User")
                .add("description", "A person with a Kindred account")
                .add("attributes", attributes)
                .add("meta", Json.createObjectBuilder().add("resourceType", "Schema")
                        .add("location", base + "/Schemas/" + ScimValues.USER_SCHEMA))
                .build();
    }

    private static JsonObjectBuilder attribute(String name, String type, String description, boolean required,
                                               String mutability, String uniqueness) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("type", type)
                .add("multiValued", false)
                .add("description", description)
                .add("required", required)
                .add("caseExact", false)
                .add("mutability", mutability)
                .add("returned", "default")
                .add("uniqueness", uniqueness);
    }

    private static JsonObjectBuilder supported(boolean supported) {
        return Json.createObjectBuilder().add("supported", supported);
    }
}
