/**
 * Programme templates (Balint group, Schwartz Round, Helping the Helper, ...): data, not code. A
 * template sets the limits a group made from it must stay within.
 */
package org.kindred.domain.model.programme;
