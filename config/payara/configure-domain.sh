#!/usr/bin/env bash
# Creates Kindred's server resources on a running Payara Server 6 domain. Safe to run twice:
# each resource is deleted and created again with the current settings.
#
#   ASADMIN="asadmin --host 127.0.0.1 --port 4848" config/payara/configure-domain.sh [mysql|h2]
#
# The pool holds no values, only ${MPCONFIG=...} references: Payara resolves them at runtime through
# MicroProfile Config, so production passes KINDRED_DB_URL, KINDRED_DB_USER and KINDRED_DB_PASSWORD as
# environment variables of the server process and no secret is written to domain.xml or the EAR.
# MySQL needs Connector/J in the domain first: asadmin add-library mysql-connector-j-<version>.jar
set -euo pipefail

ASADMIN=${ASADMIN:-asadmin}
kind=${1:-mysql}
case "$kind" in
  mysql) datasource=com.mysql.cj.jdbc.MysqlDataSource ;;
  h2)    datasource=org.h2.jdbcx.JdbcDataSource ;;   # Payara's bundled H2: the embedded default
  *) echo "configure-domain.sh: unknown database kind '$kind' (mysql or h2)" >&2; exit 2 ;;
esac

$ASADMIN delete-jdbc-connection-pool --cascade=true kindred-pool >/dev/null 2>&1 || true

# Validation (JDBC 4 isValid) with fail-all-connections: after a database restart the pool drops
# its dead connections and opens new ones instead of handing them out. Each connection keeps its
# prepared statements (statement cache): EclipseLink sends the same few dozen SQL strings, and without
# the cache the driver parsed each one again on every request (docs/performance.md).
$ASADMIN create-jdbc-connection-pool \
  --restype javax.sql.DataSource \
  --datasourceclassname "$datasource" \
  --isconnectvalidatereq=true \
  --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation \
  --failconnection=true \
  --steadypoolsize 2 --maxpoolsize 32 \
  --statementcachesize 64 \
  --property 'URL=${MPCONFIG\=kindred.db.url}:user=${MPCONFIG\=kindred.db.user}:password=${MPCONFIG\=kindred.db.password}' \
  kindred-pool
$ASADMIN create-jdbc-resource --connectionpoolid kindred-pool jdbc/kindred

# Answers do not name the server or its version (ASVS 5.0 13.4.6): no X-Powered-By, no Server header.
for listener in http-listener-1 http-listener-2; do
  $ASADMIN set "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false" >/dev/null
  $ASADMIN set "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false" >/dev/null
done

echo "configure-domain.sh: jdbc/kindred -> kindred-pool ($kind); no product headers"
