/**
 * Signing in and out, choosing a password by the emailed link, and a person's own account. The one
 * place Jakarta Security is used in the web channel: signing in needs the HTTP request at hand.
 */
package org.kindred.interfaces.web.account;
