/**
 * The JPA implementations of the domain's repositories and the application's stores, one per
 * interface: JPQL where entities are read, plain SQL where one statement does a whole set's work.
 */
package org.kindred.infrastructure.persistence.jpa;
