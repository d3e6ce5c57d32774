/** Integration tests of sessions, rooms and Schwartz Rounds, against Payara and MariaDB. */
package org.kindred.sessions;
