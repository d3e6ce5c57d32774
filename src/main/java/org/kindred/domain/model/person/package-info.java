/**
 * People who use Kindred, their roles and the single-use links that let an invited person set a
 * password. We store a name, a work email and roles, nothing else (docs/privacy.md).
 */
package org.kindred.domain.model.person;
