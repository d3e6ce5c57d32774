/**
 * The exercise and homework library, and each group's own plan for a session. The library is seeded
 * by migration and read-only; a group's plan refers to library exercises and may reorder or swap them
 * without changing the library. Homework completion is a member's yes or no, nothing more.
 */
package org.kindred.domain.model.exercise;
