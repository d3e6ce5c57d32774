/**
 * The linear-programming solver behind disclosure control's auditor: ojAlgo, imported here only.
 */
package org.kindred.infrastructure.disclosure;
