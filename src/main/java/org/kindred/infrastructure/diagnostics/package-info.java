/**
 * Diagnostics for tests and benchmarks, each off unless its {@code kindred.diagnostics.*} setting is on:
 * the serialized size of the caller's own HTTP session. (The per-request statement count lives with
 * the persistence code it counts.)
 */
package org.kindred.infrastructure.diagnostics;
