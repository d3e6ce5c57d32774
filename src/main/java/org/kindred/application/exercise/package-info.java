/**
 * Exercise and homework sets in use: the library for those who may read it (LibraryViews), a group's
 * plan for each session for its facilitators (SessionPlanService), and members' homework with their own
 * done-or-not answer (HomeworkService). Every operation takes the Caller and answers "not found" to
 * anyone outside the group, as GroupAccess does.
 */
package org.kindred.application.exercise;
