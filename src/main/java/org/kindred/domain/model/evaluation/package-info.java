/**
 * Anonymous evaluation: answers stored with the session and the day only, and, apart from them, the
 * bare fact that a member has answered, so that each member answers once and nothing links the two.
 */
package org.kindred.domain.model.evaluation;
