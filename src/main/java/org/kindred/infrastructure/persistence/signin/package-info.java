/** The JPA store of signed-in sessions and pending email changes (beside {@code jpa}, which holds its 20). */
package org.kindred.infrastructure.persistence.signin;
