/**
 * Support for the {@code *IT} tests: they run against Kindred deployed on a managed Payara Server
 * with the real MariaDB/MySQL server and GreenMail, and drive it over HTTP as a browser would.
 */
package org.kindred.it;
