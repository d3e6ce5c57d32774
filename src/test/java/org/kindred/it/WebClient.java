package org.kindred.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that submits JSF forms the way a browser does (form fields, the
 * button, and the view state). Redirects are not followed, so tests see every 302 and 403.
 */
public final class WebClient {

    /** The session cookie's name (web.xml): Secure, so {@link LoopbackCookies} keeps it on http. */
    public static final String SESSION_COOKIE = "__Host-kindred-session";

    /**
     * PrimeFaces' CSP mode: the page's script adds the response's nonce to every form it submits, and
     * a postback without it is refused.
     */
    public static final String NONCE_PARAMETER = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient() {
        this.base = "http://127.0.0.1:" + System.getProperty("kindred.it.http.port", "28080");
        this.http = client(cookies);
    }

    public WebClient(String base) {
        this.base = base;
        this.http = client(cookies);
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(new LoopbackCookies(cookies))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** GET with the header the statement-count diagnostic tags its log line with. */
    public Page getTraced(String path, String trace) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-Kindred-Trace", trace).GET());
    }

    /** GET, then follow redirects within the application, as a browser would. */
    public Page open(String pathOrUrl) {
        Page page = get(pathOrUrl);
        for (int hops = 0; page.status() / 100 == 3 && hops < 5; hops++) {
            page = get(page.location());
        }
        return page;
    }

    /** Submits the form with this id from the page, with the given fields and the named button. */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        return post(address(page), formParams(page, formId, fields, buttonId));
    }

    /**
     * The same, tagged with the header the statement-count diagnostic logs its line with, so that a
     * test can tell how many SQL statements this one request sent.
     */
    public Page submitTraced(Page page, String formId, Map<String, String> fields, String buttonId, String trace) {
        return send(formRequest(address(page), formParams(page, formId, fields, buttonId)).header("X-Kindred-Trace", trace));
    }

    private static Map<String, String> formParams(Page page, String formId, Map<String, String> fields, String buttonId) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no view state on page " + page.uri() + ":\n" + page.body());
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(formId, formId);
        fields.forEach((name, value) -> params.put(formId + ":" + name, value));
        params.put(formId + ":" + buttonId, "");
        params.put("jakarta.faces.ViewState", matcher.group(1).replace("&#x3a;", ":").replace("&#58;", ":"));
        page.nonce().ifPresent(nonce -> params.put(NONCE_PARAMETER, nonce));
        return params;
    }

    private static String address(Page page) {
        return page.uri().getRawPath() + Optional.ofNullable(page.uri().getRawQuery()).map(q -> "?" + q).orElse("");
    }

    public Page post(String path, Map<String, String> params) {
        return send(formRequest(path, params));
    }

    private HttpRequest.Builder formRequest(String path, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    /** A POST of a body encoded by the caller, declared with this content type (a charset of its own, say). */
    public Page postEncoded(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The value of the CSRF header the API documents and asks for (CsrfHeaderFilter). */
    public static final String CSRF_HEADER_VALUE = "kindred";

    /** A JSON API call as the portal's scripts make it: same session, with the CSRF header. */
    public Page api(String method, String path, String json) {
        return apiWithCsrfHeader(CSRF_HEADER_VALUE, method, path, json);
    }

    /** An API call with a CSV body (the people import), with the CSRF header. */
    public Page apiCsv(String path, byte[] csv) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("X-Requested-By", CSRF_HEADER_VALUE).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    /** A JSON API call with this value in the CSRF header, an empty or wrong one included. */
    public Page apiWithCsrfHeader(String value, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .header("X-Requested-By", value);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON call without the CSRF header, as a cross-site form or script would send it. */
    public Page apiWithoutCsrfHeader(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE)).map(HttpCookie::getValue).findFirst();
    }

    public CookieManager cookies() {
        return cookies;
    }

    /** Signs in and returns the page it lands on. */
    public Page signIn(String email, String password) {
        Page login = get("/login.xhtml");
        return submit(login, "login", Map.of("email", email, "password", password), "submit");
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.uri(), response.statusCode(),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Sends Secure cookies over http to the loopback test server, as Chromium and Firefox do for
     * localhost, which they count as a secure context. The JDK's CookieManager would drop them.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager store;

        LoopbackCookies(CookieManager store) {
            this.store = store;
            store.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            String host = uri.getHost();
            boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host);
            return store.get(loopback ? URI.create("https" + uri.toString().substring(uri.getScheme().length())) : uri,
                    headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            store.put(uri, headers);
        }
    }

    /** A response: where it came from, its status, its redirect target and its body. */
    public record Page(URI uri, int status, String location, String body, java.net.http.HttpHeaders headers) {
        public boolean contains(String text) {
            return body.contains(text);
        }

        /** The script nonce of this page's Content-Security-Policy, which its forms send back. */
        public Optional<String> nonce() {
            return headers.allValues("Content-Security-Policy").stream().map(NONCE::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).findFirst();
        }

        /** Every value of a response header (names are case-insensitive). */
        public List<String> header(String name) {
            return headers.allValues(name);
        }

        public jakarta.json.JsonObject json() {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readObject();
            }
        }

        public jakarta.json.JsonArray jsonArray() {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
