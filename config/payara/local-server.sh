#!/usr/bin/env bash
# Drives a Payara Server unpacked by Maven under target/: for the integration tests and for the
# README's run command. Production servers are set up with configure-domain.sh (docs/operations.md).
#
#   local-server.sh prepare-tests     patch, configure and stop the test domain (Arquillian starts it)
#   local-server.sh run-demo EAR      start on the embedded database, deploy, print URL and logins
#   local-server.sh start             start the demo server again (same settings), without building
#   local-server.sh stop              stop the domain
#
# Environment: PAYARA_HOME (required), KINDRED_PORT_OFFSET (0), KINDRED_DRIVERS_DIR, and the KINDRED_*
# settings of docs/operations.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
: "${PAYARA_HOME:?PAYARA_HOME must point at an unpacked payara6 directory}"
PAYARA_HOME=$(realpath -m "$PAYARA_HOME")
offset=${KINDRED_PORT_OFFSET:-0}
admin_port=$((4848 + offset))
http_port=$((8080 + offset))
domain_dir="$PAYARA_HOME/glassfish/domains/domain1"
asadmin_bin="$PAYARA_HOME/bin/asadmin"
ASADMIN="$asadmin_bin --host 127.0.0.1 --port $admin_port --interactive=false"
export ASADMIN

log() { printf '[kindred] %s\n' "$*"; }

is_running() {
  curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$admin_port/" 2>/dev/null
}

patch_domain() {
  if [ ! -f "$domain_dir/config/domain.xml" ]; then
    log "No Payara Server at $PAYARA_HOME. The README's run command unpacks one: ./mvnw -Prun -DskipTests package"
    exit 1
  fi
  chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
  java "$here/PatchDomain.java" "$domain_dir/config/domain.xml" "$offset"
  mkdir -p "$domain_dir/tmp"
}

install_drivers() {
  if [ -n "${KINDRED_DRIVERS_DIR:-}" ] && [ -d "$KINDRED_DRIVERS_DIR" ]; then
    mkdir -p "$domain_dir/lib"
    cp -u "$KINDRED_DRIVERS_DIR"/*.jar "$domain_dir/lib/"
  fi
}

start_domain() {
  if is_running; then
    log "Payara is already running on 127.0.0.1:$admin_port"
  else
    log "starting Payara Server (admin port $admin_port)"
    $asadmin_bin start-domain --domaindir "$PAYARA_HOME/glassfish/domains" domain1 >"$PAYARA_HOME/start.log" 2>&1 \
      || { cat "$PAYARA_HOME/start.log"; exit 1; }
  fi
}

stop_domain() {
  if [ -x "$asadmin_bin" ]; then
    $asadmin_bin stop-domain --domaindir "$PAYARA_HOME/glassfish/domains" domain1 >/dev/null 2>&1 || true
  fi
}

db_kind() {
  case "${KINDRED_DB_URL:-}" in
    jdbc:h2:*|"") echo h2 ;;
    *) echo mysql ;;
  esac
}

# Settings reach Kindred exactly as in production: as environment variables of the server process,
# which inherits them from asadmin start-domain (or from the Arquillian-managed start in the tests).
demo_environment() {
  local data_dir=${KINDRED_DATA_DIR:-$HOME/.kindred}
  mkdir -p "$data_dir"
  if [ -z "${KINDRED_DB_URL:-}" ]; then
    # The embedded default: Payara's H2, kept on disk outside target/ so that data survives a rebuild.
    KINDRED_DB_URL="jdbc:h2:file:$data_dir/demo-db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    KINDRED_DB_USER=kindred
    KINDRED_DB_PASSWORD=kindred
  fi
  export KINDRED_DB_URL KINDRED_DB_USER KINDRED_DB_PASSWORD
  export KINDRED_BASE_URL=${KINDRED_BASE_URL:-http://localhost:$http_port}
  export KINDRED_DEMO_ENABLED=true
  export KINDRED_DEMO_SMTP_PORT=${KINDRED_DEMO_SMTP_PORT:-$((2525 + offset))}
  export KINDRED_SMTP_HOST=127.0.0.1
  export KINDRED_SMTP_PORT=$KINDRED_DEMO_SMTP_PORT
  export KINDRED_ORGANISER_MAILBOX=${KINDRED_ORGANISER_MAILBOX:-scheduling@demo.kindred.test}
  # Two-step sign-in (ADR 0023): nobody must use it in the demo, whose logins are printed below (set
  # KINDRED_MFA_REQUIRED_ROLES=ADMIN,ORGANISER to try it); anyone may turn it on. The key that seals
  # the secrets is made once and kept beside the demo database, which needs the same key next time.
  export KINDRED_MFA_REQUIRED_ROLES=${KINDRED_MFA_REQUIRED_ROLES:-none}
  if [ -z "${KINDRED_MFA_SECRET_KEY:-}" ]; then
    if [ ! -s "$data_dir/mfa-secret-key" ]; then
      (umask 077; head -c 32 /dev/urandom | base64 > "$data_dir/mfa-secret-key")
    fi
    KINDRED_MFA_SECRET_KEY=$(cat "$data_dir/mfa-secret-key")
  fi
  export KINDRED_MFA_SECRET_KEY
  demo_data_dir=$data_dir
}

reset_test_database() {
  # Every test run migrates an empty schema: that is what the migration test proves.
  # jdbc:mysql://HOST[:PORT]/DB?...: the port defaults to 3306, the host must be this machine
  local address=${KINDRED_DB_URL#*://}; address=${address%%/*}
  local port=3306
  case "$address" in *:*) port=${address##*:} ;; esac
  local db=${KINDRED_DB_URL#*://*/}; db=${db%%\?*}
  local client=(mariadb -h 127.0.0.1 -P "$port" -u "$KINDRED_DB_USER" -p"$KINDRED_DB_PASSWORD")
  if ! "${client[@]}" -e "SELECT 1" >/dev/null 2>&1; then
    # A developer's machine that has MariaDB but not yet the test user: create it if we may.
    local root=(mariadb -u root)   # Debian's root signs in by socket, which is the server on 3306
    [ "$port" = 3306 ] || root=(mariadb -h 127.0.0.1 -P "$port" -u root)
    "${root[@]}" < "$here/../mariadb/create-test-database.sql" >/dev/null 2>&1 || true
  fi
  if ! "${client[@]}" -e "SELECT 1" >/dev/null 2>&1; then
    log "The tests need MariaDB or MySQL on 127.0.0.1:$port with user $KINDRED_DB_USER."
    log "Run: bash .ci/run   (or: sudo mariadb < config/mariadb/create-test-database.sql)"
    exit 1
  fi
  "${client[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  log "test database $db is empty"
}

prepare_tests() {
  stop_domain
  reset_test_database
  patch_domain
  install_drivers
  start_domain
  bash "$here/configure-domain.sh" mysql
  # Tests change settings at run time (asadmin set-config-property) and must see them at once;
  # production keeps Payara's default of caching MicroProfile Config values for 60 s, and so does the
  # benchmark (KINDRED_CONFIG_CACHE_SECONDS=60): uncached, every settings read costs a lookup.
  $ASADMIN set-config-cache --duration="${KINDRED_CONFIG_CACHE_SECONDS:-0}" >/dev/null
  # Two-step sign-in (ADR 0023): required of nobody, or every IT that signs in an admin or organiser by
  # password would need a code; SecondFactorIT requires it at run time. A fresh random key for each run.
  $ASADMIN set-config-property --source=domain --propertyName=kindred.mfa.required-roles --propertyValue=none >/dev/null
  $ASADMIN set-config-property --source=domain --propertyName=kindred.mfa.secret-key \
    --propertyValue="$(head -c 32 /dev/urandom | base64)" >/dev/null
  stop_domain
  log "test domain ready; Arquillian starts it"
}

run_demo() {
  local ear=${1:?usage: local-server.sh run-demo EAR}
  demo_environment
  stop_domain   # a running server keeps the environment it was started with
  patch_domain  # stopped first: this also forgets the last deployment, deployed afresh below
  install_drivers
  start_domain
  bash "$here/configure-domain.sh" "$(db_kind)"
  # Payara checks the database while deploying and would answer a wrong URL with EclipseLink's stack
  # traces: check it first and name the setting.
  local ping
  if ! ping=$($ASADMIN ping-connection-pool kindred-pool 2>&1); then
    log "Kindred cannot reach the database set by KINDRED_DB_URL (kindred.db.url), KINDRED_DB_USER and KINDRED_DB_PASSWORD:"
    local reason
    reason=$(printf '%s\n' "$ping" | grep -m 1 -o 'because: .*' | sed -e 's/^because: //' -e 's/ Please check the server.log.*//')
    log "  ${reason:-$(printf '%s\n' "$ping" | head -n 1)}"
    exit 1
  fi
  log "deploying $(basename "$ear")"
  local context=()
  case "$ear" in *.war) context=(--contextroot /) ;; esac
  $ASADMIN deploy --force=true --name kindred "${context[@]}" "$ear" >/dev/null
  log "waiting for Kindred to become ready"
  local status=""
  for _ in $(seq 1 90); do
    status=$(curl -s --max-time 3 "http://127.0.0.1:$http_port/health/ready" || true)
    case "$status" in
      *'"status":"UP"'*) break ;;
      *'cannot start'*|*'Setting '*|*'start-up failed'*) break ;;   # start-up has failed for good
    esac
    sleep 1
  done
  case "$status" in
    *'"status":"UP"'*) ;;
    *) log "Kindred did not become ready. Its reason, from /health/ready:"; echo "$status"
       log "server log: $domain_dir/logs/server.log"; exit 1 ;;
  esac
  cat <<MSG

  Kindred is running: http://localhost:$http_port/

  Demo logins (password for all: kindred-demo)
    organiser     olivia.organiser@demo.kindred.test
    facilitator   fran.facilitator@demo.kindred.test
    facilitator   sam.cofacilitator@demo.kindred.test
    participant   pat.participant@demo.kindred.test   (and 14 more participants)
    admin         ada.admin@demo.kindred.test

  Mail goes to an embedded demo mail server: sign in as the admin and open Demo mailbox to read it.
  Database: $(db_kind) ($( [ "$(db_kind)" = h2 ] && echo "$demo_data_dir" || echo "KINDRED_DB_URL"))
  Stop:     $asadmin_bin stop-domain domain1

MSG
}

case "${1:-}" in
  prepare-tests) prepare_tests ;;
  run-demo) shift; run_demo "$@" ;;
  start) demo_environment; start_domain ;;
  stop) stop_domain ;;
  *) echo "usage: local-server.sh prepare-tests | run-demo EAR | start | stop" >&2; exit 2 ;;
esac
