/** Running a group's sessions: exercise sets, session plans and homework, over HTTP against Payara. */
package org.kindred.running;
