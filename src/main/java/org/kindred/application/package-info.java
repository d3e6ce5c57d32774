/**
 * Use cases. Each service is a CDI bean with {@code @Transactional} methods (docs/adr/0004-cdi-services.md);
 * it speaks the domain's types and reaches technology only through the ports declared here.
 */
package org.kindred.application;
