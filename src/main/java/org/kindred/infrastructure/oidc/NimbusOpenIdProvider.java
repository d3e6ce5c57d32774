package org.kindred.infrastructure.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kindred.application.signin.OpenIdProvider;
import org.kindred.application.signin.PendingSignIn;
import org.kindred.application.signin.ProviderIdentity;
import org.kindred.application.signin.SignInRefused;
import org.kindred.application.signin.SignInRefused.Reason;
import org.kindred.domain.model.person.Role;
import org.kindred.infrastructure.config.KindredSettings;

/**
 * The organisation's OpenID provider through the Nimbus SDK (ADR 0022). Every setting is read when it
 * is needed, so that an operator's change applies without a restart and a provider that is down never
 * stops Kindred from starting: discovery happens at each sign-in's start (the answer is kept a few
 * minutes for the browser's return and for sign-out), the provider's keys are fetched by the validator
 * and kept while their key ids match.
 */
@ApplicationScoped
public class NimbusOpenIdProvider implements OpenIdProvider {

    private static final Logger LOG = Logger.getLogger(NimbusOpenIdProvider.class.getName());

    /** How far the provider's clock and ours may differ for an ID token's times. */
    static final int MAX_CLOCK_SKEW_SECONDS = 60;
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int SIZE_LIMIT = 512 * 1024;
    private static final Duration METADATA_KEPT = Duration.ofMinutes(10);

    @Inject
    KindredSettings settings;

    /** The provider's metadata and ID token validator, per issuer and client id. */
    private final Map<String, Provider> providers = new ConcurrentHashMap<>();

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant read) {
    }

    @Override
    public boolean configured() {
        return settings.text(KindredSettings.OIDC_ISSUER).isPresent()
                && settings.text(KindredSettings.OIDC_CLIENT_ID).isPresent();
    }

    @Override
    public String displayName() {
        return settings.text(KindredSettings.OIDC_DISPLAY_NAME).orElse("your organisation's account");
    }

    @Override
    public Optional<String> organisationForNewPeople() {
        return settings.text(KindredSettings.OIDC_ORGANISATION);
    }

    @Override
    public Start start(URI redirectUri) {
        Provider provider = discover(true);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                Scope.parse(settings.text(KindredSettings.OIDC_SCOPES).orElse("openid email profile")),
                clientId(), redirectUri)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), new PendingSignIn(issuer(), state.getValue(), nonce.getValue(),
                verifier.getValue()));
    }

    @Override
    public ProviderIdentity finish(URI callback, PendingSignIn pending, URI redirectUri) {
        if (!pending.issuer().equals(issuer())) {
            throw new SignInRefused(Reason.ISSUER); // the setting changed while the browser was away
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new SignInRefused(Reason.PROVIDER_ERROR, e);
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            throw new SignInRefused(Reason.STATE);
        }
        if (response instanceof AuthenticationErrorResponse error) {
            LOG.info(() -> "the provider answered the sign-in with error " + error.getErrorObject().getCode());
            throw new SignInRefused(Reason.PROVIDER_ERROR);
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new SignInRefused(Reason.PROVIDER_ERROR);
        }
        Provider provider = discover(false);
        JWT idToken = exchange(provider, code, redirectUri, new CodeVerifier(pending.codeVerifier()));
        IDTokenClaimsSet claims = validate(provider, idToken, new Nonce(pending.nonce()));
        return identity(claims, idToken.getParsedString());
    }

    @Override
    public Optional<URI> endSession(String idToken, URI postLogoutRedirect) {
        if (!configured()) {
            return Optional.empty();
        }
        try {
            Provider provider = discover(false);
            URI endpoint = provider.metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            JWT hint = idToken == null ? null : com.nimbusds.jwt.JWTParser.parse(idToken);
            return Optional.of(new LogoutRequest(endpoint, hint, postLogoutRedirect, null).toURI());
        } catch (java.text.ParseException | RuntimeException e) {
            LOG.info(() -> "the provider's sign-out could not be offered (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    private String issuer() {
        return settings.required(KindredSettings.OIDC_ISSUER);
    }

    private ClientID clientId() {
        return new ClientID(settings.required(KindredSettings.OIDC_CLIENT_ID));
    }

    /** The provider's metadata: read again when {@code fresh}, or when kept too long. */
    private Provider discover(boolean fresh) {
        String issuer = issuer();
        String key = issuer + " " + clientId().getValue();
        Provider kept = providers.get(key);
        if (!fresh && kept != null && kept.read().plus(METADATA_KEPT).isAfter(Instant.now())) {
            return kept;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_TIMEOUT_MS,
                    READ_TIMEOUT_MS);
            IDTokenValidator validator;
            if (kept != null && kept.metadata().toJSONObject().equals(metadata.toJSONObject())) {
                validator = kept.validator(); // keeps its cached keys
            } else {
                validator = new IDTokenValidator(metadata.getIssuer(), clientId(), algorithm(metadata),
                        metadata.getJWKSetURI().toURL(),
                        new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, SIZE_LIMIT));
                validator.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            }
            Provider provider = new Provider(metadata, validator, Instant.now());
            providers.put(key, provider);
            return provider;
        } catch (GeneralException | IOException | RuntimeException e) {
            LOG.warning(() -> "the OpenID provider's discovery document could not be read (" + e.getClass().getSimpleName()
                    + "): single sign-on is unavailable until it can");
            throw new SignInRefused(Reason.UNAVAILABLE, e);
        }
    }

    /** RS256 when the provider offers it (every provider must), else the first it names. */
    private static JWSAlgorithm algorithm(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
        if (offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)) {
            return JWSAlgorithm.RS256;
        }
        return offered.get(0);
    }

    private JWT exchange(Provider provider, AuthorizationCode code, URI redirectUri, CodeVerifier verifier) {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirectUri, verifier);
        URI endpoint = provider.metadata().getTokenEndpointURI();
        Optional<String> secret = settings.text(KindredSettings.OIDC_CLIENT_SECRET);
        TokenRequest request;
        if (secret.isEmpty()) {
            request = new TokenRequest(endpoint, clientId(), grant); // a public client: PKCE alone
        } else {
            ClientAuthentication auth = "post".equalsIgnoreCase(settings.text(KindredSettings.OIDC_CLIENT_AUTH).orElse("basic"))
                    ? new ClientSecretPost(clientId(), new Secret(secret.get()))
                    : new ClientSecretBasic(clientId(), new Secret(secret.get()));
            request = new TokenRequest(endpoint, auth, grant);
        }
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            LOG.warning(() -> "the OpenID provider's token endpoint could not be reached (" + e.getClass().getSimpleName() + ")");
            throw new SignInRefused(Reason.UNAVAILABLE, e);
        } catch (ParseException e) {
            throw new SignInRefused(Reason.TOKEN_REQUEST, e);
        }
        if (!response.indicatesSuccess()) {
            LOG.info(() -> "the provider refused the code: " + response.toErrorResponse().getErrorObject().getCode());
            throw new SignInRefused(Reason.TOKEN_REQUEST);
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SignInRefused(Reason.INVALID_TOKEN);
        }
        return idToken;
    }

    private static IDTokenClaimsSet validate(Provider provider, JWT idToken, Nonce nonce) {
        try {
            return provider.validator().validate(idToken, nonce);
        } catch (BadJWSException e) {
            throw new SignInRefused(Reason.SIGNATURE, e);
        } catch (BadJWTException e) {
            throw new SignInRefused(reasonOf(e.getMessage()), e);
        } catch (BadJOSEException e) {
            // no key of the provider's matches the token's key id or algorithm: signed by someone else
            throw new SignInRefused(Reason.SIGNATURE, e);
        } catch (KeySourceException e) {
            LOG.warning(() -> "the OpenID provider's keys could not be read (" + e.getClass().getSimpleName() + ")");
            throw new SignInRefused(Reason.UNAVAILABLE, e);
        } catch (JOSEException e) {
            throw new SignInRefused(Reason.INVALID_TOKEN, e);
        }
    }

    /** Which claim check failed, from the validator's message (it names the claim, never its value first). */
    static Reason reasonOf(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("issuer")) {
            return Reason.ISSUER;
        }
        if (m.contains("audience")) {
            return Reason.AUDIENCE;
        }
        if (m.contains("expired") || m.contains("issue time") || m.contains("before use")) {
            return Reason.EXPIRED;
        }
        if (m.contains("nonce")) {
            return Reason.NONCE;
        }
        return Reason.INVALID_TOKEN;
    }

    private ProviderIdentity identity(IDTokenClaimsSet claims, String idToken) {
        Object verified = claims.getClaim("email_verified");
        boolean emailVerified = Boolean.TRUE.equals(verified) || "true".equals(verified)
                || verified == null && settings.flag(KindredSettings.OIDC_TRUST_EMAIL, false);
        String email = stringClaim(claims, "email");
        if (email == null && settings.flag(KindredSettings.OIDC_TRUST_EMAIL, false)) {
            email = stringClaim(claims, "preferred_username"); // Entra ID's sign-in address
        }
        return new ProviderIdentity(claims.getIssuer().getValue(), claims.getSubject().getValue(), email,
                emailVerified, stringClaim(claims, "name"), roles(claims), idToken);
    }

    private Optional<Set<Role>> roles(IDTokenClaimsSet claims) {
        Optional<String> claim = settings.text(KindredSettings.OIDC_ROLES_CLAIM);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        RoleMap map;
        try {
            map = RoleMap.parse(settings.text(KindredSettings.OIDC_ROLE_MAP).orElse(""));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "setting " + KindredSettings.OIDC_ROLE_MAP + " is malformed (" + e.getMessage()
                    + "): roles left as they are");
            return Optional.empty();
        }
        Object value = claims.getClaim(claim.get());
        List<String> values;
        if (value instanceof List<?> list) {
            values = list.stream().map(String::valueOf).toList();
        } else if (value instanceof String text) {
            values = List.of(text);
        } else {
            values = List.of();
        }
        return Optional.of(map.roles(values));
    }

    private static String stringClaim(IDTokenClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
