/**
 * Groups for each audience: organisers' templates, facilitators and groups (counts only), facilitators'
 * own groups, participants' groups and joining.
 */
package org.kindred.interfaces.rest.group;
