/**
 * Faults against the real components: the SMTP server down during 50 schedule changes, the IMAP
 * server down while replies arrive, the database server restarted under load (it restarts the server
 * {@code it.db.url} points at: docs/operations.md), and the join and room-booking races run together.
 */
package org.kindred.faults;
