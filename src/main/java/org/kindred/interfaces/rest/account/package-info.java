/**
 * Every signed-in person: their own data as JSON (UK GDPR Art. 15 and 20).
 */
package org.kindred.interfaces.rest.account;
