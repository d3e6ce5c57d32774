/**
 * Who is asking, and the two answers every use case may give: the {@code Caller} (a person's id, their
 * organisation and roles), "not found" (also for what exists but is not the caller's, so an id reveals
 * nothing) and "conflict". Shared by every application package, so it depends on none of them.
 */
package org.kindred.application.access;
