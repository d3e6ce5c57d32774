/** Integration tests of groups: creation, visibility, membership under concurrency, waitlists, ground rules. */
package org.kindred.groups;
