/**
 * SCIM provisioning (issue 21, ADR 0021): the tokens admins issue to an identity provider
 * ({@link org.kindred.application.provisioning.ProvisioningTokenService}), and the changes a provisioning
 * client makes to its organisation's people ({@link org.kindred.application.provisioning.ProvisioningService}):
 * new accounts as an admin's invitation makes them, new names and addresses, and leavers through the
 * people package's deactivation. The SCIM protocol itself is the channel's, {@code interfaces.scim}.
 */
package org.kindred.application.provisioning;
