/** Reports against the deployed application: suppressed aggregates, charts and CSV. */
package org.kindred.reports;
