/** The organisation (a trust or hospital) that runs groups, its sites and their rooms. */
package org.kindred.domain.model.organisation;
