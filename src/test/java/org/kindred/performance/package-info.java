/** Costs asserted as counts, never times: SQL statements per page as the data grows. */
package org.kindred.performance;
