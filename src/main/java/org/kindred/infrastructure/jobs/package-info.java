/**
 * Timers: the outbox sender, the reply poller, reminders and the retention job, on the server's managed scheduled
 * executor. Every run catches its own failures, so one bad run never stops the timer.
 */
package org.kindred.infrastructure.jobs;
