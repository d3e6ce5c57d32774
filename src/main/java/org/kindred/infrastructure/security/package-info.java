/**
 * Jakarta Security: form sign-in against Kindred's own person table, PBKDF2 password hashes and the
 * mapping of roles. URL-level role checks live in web.xml.
 */
package org.kindred.infrastructure.security;
