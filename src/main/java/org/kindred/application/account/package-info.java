/** Accounts: inviting people, setting a password through a single-use link, and sign-in throttling. */
package org.kindred.application.account;
