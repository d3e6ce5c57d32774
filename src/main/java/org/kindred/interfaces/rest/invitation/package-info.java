/**
 * Calendar feeds fetched without signing in: the random token in the address is the only key. Making
 * and revoking a feed address is the scheduling resources' (rest.schedule).
 */
package org.kindred.interfaces.rest.invitation;
