/** Integration tests of the platform: migrations, sign-in and roles, invitations and mail, the embedded default. */
package org.kindred.platform;
