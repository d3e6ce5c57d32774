package org.kindred.interfaces.scim;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.kindred.application.PortalSettings;
import org.kindred.application.Retry;
import org.kindred.application.provisioning.ProvisionedUser;
import org.kindred.application.provisioning.ProvisioningClient;
import org.kindred.application.provisioning.ProvisioningException;
import org.kindred.application.provisioning.ProvisioningService;
import org.kindred.application.provisioning.ProvisioningTokenService;
import org.kindred.application.provisioning.UserPage;

/**
 * SCIM 2.0 at {@code /scim/v2} (RFC 7644): {@code /Users} (list with a filter and pages, create; one
 * user: read, replace, patch, delete), {@code /ServiceProviderConfig}, {@code /Schemas} and
 * {@code /ResourceTypes}. Every request needs {@code Authorization: Bearer <token>} with a token an
 * admin issued (401 otherwise); the portal's session is never looked at, so a signed-in browser gets
 * 401 like anyone else, and no CSRF header is asked for. Bodies are {@code application/scim+json} (or
 * {@code application/json}) of at most 1 MB; every refusal is a SCIM error body, never a page.
 */
@WebServlet(urlPatterns = "/scim/v2/*")
public class ScimServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ScimServlet.class.getName());

    static final String MEDIA_TYPE = "application/scim+json";
    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final int MAX_BYTES = 1024 * 1024;
    static final int DEFAULT_COUNT = 100;

    @Inject
    transient ProvisioningTokenService tokens;

    @Inject
    transient ProvisioningService provisioning;

    @Inject
    transient PortalSettings portal;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ProvisioningClient client = authenticated(request);
            answer(request, response, client);
        } catch (ScimException e) {
            error(response, e.status(), e.scimType(), e.getMessage());
        } catch (ProvisioningException e) {
            switch (e.problem()) {
                case NOT_FOUND -> error(response, 404, null, e.getMessage());
                case UNIQUENESS -> error(response, 409, "uniqueness", e.getMessage());
                case INVALID_VALUE -> error(response, 400, "invalidValue", e.getMessage());
                case MUTABILITY -> error(response, 400, "mutability", e.getMessage());
            }
        } catch (RuntimeException e) {
            boolean database = Retry.isInfrastructure(e);
            LOG.warning(() -> "SCIM request failed: " + e.getClass().getName() + (database ? " (database)" : ""));
            error(response, database ? 503 : 500, null, "Something went wrong. Nothing was changed; please try again.");
        }
    }

    private ProvisioningClient authenticated(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        String token = null;
        if (header != null && header.length() > 7 && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).strip();
        }
        Optional<ProvisioningClient> client = tokens.authenticate(token);
        if (client.isEmpty()) {
            throw new ScimException(401, null, "Send a valid bearer token: Authorization: Bearer <token>.");
        }
        return client.get();
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, ProvisioningClient client)
            throws IOException {
        String base = portal.link("/scim/v2").toString();
        String[] path = segments(request);
        String method = request.getMethod();
        if (path.length == 0) {
            throw new ScimException(404, null, "Nothing here: see /ServiceProviderConfig.");
        }
        switch (path[0]) {
            case "Users" -> users(request, response, client, base, path, method);
            case "ServiceProviderConfig" -> {
                onlyGet(method, path.length == 1);
                write(response, 200, ScimDiscovery.serviceProviderConfig(base));
            }
            case "ResourceTypes" -> {
                onlyGet(method, path.length <= 2);
                if (path.length == 1) {
                    write(response, 200, list(1, 1, Json.createArrayBuilder().add(ScimDiscovery.userResourceType(base))));
                } else if (path[1].equals("User")) {
                    write(response, 200, ScimDiscovery.userResourceType(base));
                } else {
                    throw new ScimException(404, null, "The only resource type is User.");
                }
            }
            case "Schemas" -> {
                onlyGet(method, path.length <= 2);
                if (path.length == 1) {
                    write(response, 200, list(1, 1, Json.createArrayBuilder().add(ScimDiscovery.userSchema(base))));
                } else if (path[1].equals(ScimValues.USER_SCHEMA)) {
                    write(response, 200, ScimDiscovery.userSchema(base));
                } else {
                    throw new ScimException(404, null, "The only schema is " + ScimValues.USER_SCHEMA + ".");
                }
            }
            case "Groups" -> throw new ScimException(404, null, "Kindred does not provision groups.");
            default -> throw new ScimException(404, null, "No such resource.");
        }
    }

    private void users(HttpServletRequest request, HttpServletResponse response, ProvisioningClient client,
                       String base, String[] path, String method) throws IOException {
        if (path.length == 1) {
            switch (method) {
                case "GET" -> {
                    ScimFilter filter = ScimFilter.parse(request.getParameter("filter"));
                    int startIndex = Math.max(1, integer(request.getParameter("startIndex"), 1, "startIndex"));
                    int count = Math.min(ScimDiscovery.MAX_RESULTS,
                            Math.max(0, integer(request.getParameter("count"), DEFAULT_COUNT, "count")));
                    UserPage page = provisioning.users(client, filter == null ? null : filter.attribute(),
                            filter == null ? null : filter.value(), startIndex, count);
                    JsonArrayBuilder resources = Json.createArrayBuilder();
                    page.users().forEach(u -> resources.add(ScimUsers.write(u, base + "/Users/" + u.id())));
                    write(response, 200, list(page.totalResults(), startIndex, page.users().size(), resources));
                }
                case "POST" -> {
                    ProvisionedUser created = provisioning.create(client, ScimUsers.read(body(request), null));
                    String location = base + "/Users/" + created.id();
                    response.setHeader("Location", location);
                    write(response, 201, ScimUsers.write(created, location));
                }
                default -> throw new ScimException(405, null, "Use GET or POST on /Users.");
            }
            return;
        }
        if (path.length != 2) {
            throw new ScimException(404, null, "No such resource.");
        }
        String id = path[1];
        String location = base + "/Users/" + id;
        switch (method) {
            case "GET" -> write(response, 200, ScimUsers.write(provisioning.user(client, id), location));
            case "PUT" -> {
                JsonObject body = body(request);
                ProvisionedUser user = provisioning.update(client, id, current -> ScimUsers.read(body, current));
                write(response, 200, ScimUsers.write(user, location));
            }
            case "PATCH" -> {
                JsonObject body = body(request);
                ProvisionedUser user = provisioning.update(client, id, current -> ScimPatch.apply(current, body));
                write(response, 200, ScimUsers.write(user, location));
            }
            case "DELETE" -> {
                provisioning.delete(client, id);
                response.setStatus(204);
            }
            default -> throw new ScimException(405, null, "Use GET, PUT, PATCH or DELETE on a user.");
        }
    }

    private static void onlyGet(String method, boolean known) {
        if (!known) {
            throw new ScimException(404, null, "No such resource.");
        }
        if (!method.equals("GET")) {
            throw new ScimException(405, null, "Only GET is supported here.");
        }
    }

    /** The path after /scim/v2, split and decoded: ["Users", "id"]. */
    private static String[] segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return new String[0];
        }
        String[] raw = info.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return raw;
    }

    private static int integer(String value, int absent, String name) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue(name + " must be a whole number.");
        }
    }

    private static JsonObject body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(MEDIA_TYPE) && !mediaType.equals("application/json")) {
            throw new ScimException(415, null, "Send the body as " + MEDIA_TYPE + ".");
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new ScimException(413, null, "The body is larger than 1 MB.");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ScimException(413, null, "The body is larger than 1 MB.");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw ScimException.invalidSyntax("The body must be a JSON object.");
            }
            return object;
        } catch (JsonParsingException e) {
            throw ScimException.invalidSyntax("The body is not valid JSON.");
        } catch (JsonException e) {
            throw ScimException.invalidSyntax("The body is not valid JSON.");
        }
    }

    private static JsonObject list(long total, int startIndex, JsonArrayBuilder resources) {
        return list(total, startIndex, (int) total, resources);
    }

    private static JsonObject list(long total, int startIndex, int itemsPerPage, JsonArrayBuilder resources) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(LIST_SCHEMA))
                .add("totalResults", total)
                .add("startIndex", startIndex)
                .add("itemsPerPage", itemsPerPage)
                .add("Resources", resources)
                .build();
    }

    private static void error(HttpServletResponse response, int status, String scimType, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kindred-scim\"");
        }
        var json = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ERROR_SCHEMA))
                .add("status", String.valueOf(status));
        if (scimType != null) {
            json.add("scimType", scimType);
        }
        write(response, status, json.add("detail", detail).build());
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}
