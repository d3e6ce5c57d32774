/** MicroProfile Health: liveness, and readiness covering start-up and the database. */
package org.kindred.infrastructure.health;
