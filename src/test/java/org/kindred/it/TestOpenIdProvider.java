package org.kindred.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.nimbusds.oauth2.sdk.TokenRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID provider for the single sign-on tests (ADR 0022): NAV's mock-oauth2-server as an HTTP
 * server on a loopback port of the test's JVM, serving discovery, keys, authorize, token and end_session.
 * Kindred, in its own server, is pointed at it by its settings, as an operator would point it at Entra
 * ID or Keycloak.
 *
 * <p>Beside it, {@link #tamperingProxy()}: a loopback proxy in front of the same provider that passes
 * everything on but alters the signature of the ID token in the token endpoint's answer, as a
 * man-in-the-middle would.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    public static final String ISSUER_ID = "kindred-it";
    public static final String CLIENT_ID = "kindred-client";
    public static final String CLIENT_SECRET = "kindred-client-secret";
    public static final String DISPLAY_NAME = "Test Trust Account";

    /** The provider's next token, as the test last chose it: chosen again, not queued, so no test inherits one. */
    private final NextToken next = new NextToken();
    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
            new OAuth2TokenProvider(), Set.of(next), new MockWebServerWrapper()));
    private HttpServer proxy;

    public TestOpenIdProvider() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    private static final class NextToken implements OAuth2TokenCallback {

        private volatile OAuth2TokenCallback chosen = new DefaultOAuth2TokenCallback(ISSUER_ID, "nobody", "JWT", null,
                Map.of(), 3600);

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return chosen.subject(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return chosen.typeHeader(request);
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return chosen.audience(request);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            return chosen.addClaims(request);
        }

        @Override
        public long tokenExpiry() {
            return chosen.tokenExpiry();
        }
    }

    /** The issuer Kindred is configured with: this provider's, or the tampering proxy's. */
    public String issuer() {
        String url = server.issuerUrl(ISSUER_ID).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String endSessionEndpoint() {
        return server.endSessionEndpointUrl(ISSUER_ID).toString();
    }

    /** Points the running Kindred at this provider, with a roles claim and map and the organisation for new people. */
    public void configureKindred(String issuer, String organisationSlug) {
        Asadmin.setConfigProperty("kindred.oidc.issuer", issuer);
        Asadmin.setConfigProperty("kindred.oidc.client-id", CLIENT_ID);
        Asadmin.setConfigProperty("kindred.oidc.client-secret", CLIENT_SECRET);
        Asadmin.setConfigProperty("kindred.oidc.display-name", DISPLAY_NAME);
        Asadmin.setConfigProperty("kindred.oidc.roles-claim", "groups");
        Asadmin.setConfigProperty("kindred.oidc.role-map",
                "ORGANISER:kindred-organisers,FACILITATOR:kindred-facilitators,ADMIN:kindred-admins");
        Asadmin.setConfigProperty("kindred.oidc.organisation", organisationSlug);
    }

    /** Single sign-on off again, as in the rest of the suite. */
    public static void unconfigureKindred() {
        for (String name : List.of("issuer", "client-id", "client-secret", "display-name", "roles-claim", "role-map",
                "organisation", "trust-email")) {
            try {
                Asadmin.deleteConfigProperty("kindred.oidc." + name);
            } catch (AssertionError notSet) {
                // already gone
            }
        }
    }

    /**
     * The next token the provider issues: for this subject, with these claims, to this audience (null:
     * Kindred's client id), expiring this many seconds after it is issued (negative: already expired).
     */
    public void nextToken(String subject, Map<String, Object> claims, List<String> audience, long expirySeconds) {
        next.chosen = new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", audience, claims, expirySeconds);
    }

    public void nextToken(String subject, Map<String, Object> claims) {
        nextToken(subject, claims, null, 3600);
    }

    /** A person's claims as Entra ID or Keycloak would send them: a verified email, a name, groups. */
    public static Map<String, Object> person(String email, String name, String... groups) {
        return Map.of("email", email, "email_verified", true, "name", name, "groups", List.of(groups));
    }

    /** Starts the proxy that alters ID token signatures; its issuer is {@link #proxyIssuer()}. */
    public synchronized String tamperingProxy() throws IOException {
        if (proxy == null) {
            HttpClient forward = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            URI target = URI.create("http://127.0.0.1:" + server.baseUrl().port() + "/");
            proxy = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            proxy.createContext("/", exchange -> {
                try {
                    URI uri = target.resolve(exchange.getRequestURI().toString());
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                            .method(exchange.getRequestMethod(), body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                            // the provider names its endpoints by the address it was asked at: the proxy's
                            .header("X-Forwarded-Port", String.valueOf(proxy.getAddress().getPort()))
                            .header("X-Forwarded-Proto", "http");
                    for (String name : Set.of("Content-Type", "Authorization", "Accept")) {
                        String value = exchange.getRequestHeaders().getFirst(name);
                        if (value != null) {
                            request.header(name, value);
                        }
                    }
                    HttpResponse<byte[]> answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    byte[] out = answer.body();
                    if (exchange.getRequestURI().getPath().endsWith("/token")) {
                        out = tamper(new String(out, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    answer.headers().map().forEach((name, values) -> {
                        if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                                && !name.startsWith(":")) {
                            exchange.getResponseHeaders().put(name, values);
                        }
                    });
                    exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
                    try (OutputStream o = exchange.getResponseBody()) {
                        o.write(out);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(502, -1);
                } catch (IOException | RuntimeException e) {
                    exchange.sendResponseHeaders(502, -1);
                } finally {
                    exchange.close();
                }
            });
            proxy.start();
        }
        return proxyIssuer();
    }

    public String proxyIssuer() {
        return "http://127.0.0.1:" + proxy.getAddress().getPort() + "/" + ISSUER_ID;
    }

    /** The token answer with one character in the middle of the ID token's signature changed. */
    static String tamper(String tokenResponse) {
        Matcher idToken = Pattern.compile("\"id_token\"\\s*:\\s*\"([^.\"]+)\\.([^.\"]+)\\.([^\"]+)\"").matcher(tokenResponse);
        if (!idToken.find()) {
            throw new AssertionError("no ID token in the provider's answer: " + tokenResponse);
        }
        String signature = idToken.group(3);
        int middle = signature.length() / 2;
        char changed = signature.charAt(middle) == 'A' ? 'B' : 'A';
        String forged = signature.substring(0, middle) + changed + signature.substring(middle + 1);
        return tokenResponse.substring(0, idToken.start(3)) + forged + tokenResponse.substring(idToken.end(3));
    }

    /** The server log's length now, to look for what a request logs after it ({@link #logAfter}). */
    public static long logMark() throws IOException {
        Path log = serverLog();
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /** Waits up to ten seconds for the server log, after the mark, to contain this text. */
    public static boolean logAfter(long mark, String text) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            byte[] all = Files.readAllBytes(serverLog());
            if (all.length > mark && new String(all, (int) Math.min(mark, all.length), (int) (all.length - mark),
                    StandardCharsets.UTF_8).contains(text)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("kindred.it.payara.home", "../target/it-server/payara6"),
                "glassfish", "domains", "domain1", "logs", "server.log");
    }

    @Override
    public void close() {
        if (proxy != null) {
            proxy.stop(0);
        }
        server.shutdown();
    }
}
