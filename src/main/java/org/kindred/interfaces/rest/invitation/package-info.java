/**
 * Calendar feeds fetched without signing in (the token is the key), and the bodies of the invitation
 * endpoints the scheduling resources serve.
 */
package org.kindred.interfaces.rest.invitation;
