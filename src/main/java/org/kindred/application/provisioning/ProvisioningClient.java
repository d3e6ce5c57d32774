package org.kindred.application.provisioning;

/** Who asks over SCIM: the token that authenticated the request, and the organisation it was issued for. */
public record ProvisioningClient(long tokenId, long organisationId) {
}
