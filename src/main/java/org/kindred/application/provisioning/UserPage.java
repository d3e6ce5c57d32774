package org.kindred.application.provisioning;

import java.util.List;

/** One page of a list: how many match in all, and those on the page. */
public record UserPage(long totalResults, List<ProvisionedUser> users) {
}
