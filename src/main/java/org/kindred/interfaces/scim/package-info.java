/**
 * SCIM 2.0 (RFC 7643, RFC 7644) at {@code /scim/v2}: the channel through which an identity provider such as
 * Microsoft Entra ID or Okta keeps an organisation's accounts in step with its directory (ADR 0021).
 * Authenticated only by an admin-issued bearer token, never by the portal's session; a servlet of its
 * own, so that neither the JSON API's session, CSRF header, error shape nor OpenAPI document applies.
 * Calls {@code application.provisioning} only.
 */
package org.kindred.interfaces.scim;
