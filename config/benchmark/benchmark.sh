#!/usr/bin/env bash
# The benchmark of docs/performance.md, run by: ./mvnw -Pbenchmark -DskipTests package
# (which builds the EAR and the benchmark's classes, unpacks a Payara of its own, then runs this).
#
#   benchmark.sh EAR
#
# On a Payara of its own (ports +35000, loopback) and a MariaDB database of its own (kindred_bench,
# made afresh through the root account of 127.0.0.1:3306, dropped at the end), it seeds a large
# organisation and measures the figures, each as a ratio taken in this run, then writes them
# between the markers of docs/performance.md. Environment: PAYARA_HOME and KINDRED_DRIVERS_DIR (the
# Maven profile sets them); KINDRED_BENCH_PORT_OFFSET (35000), KINDRED_BENCH_DB (kindred_bench),
# KINDRED_BENCH_SECONDS (10: each wrk run), KINDRED_BENCH_ROUNDS (3); KINDRED_BENCH_KEEP=true leaves the
# server running and the database in place afterwards, to look into a figure (stop it with
# target/bench-server/payara6/bin/asadmin stop-domain, and drop the database by hand).
set -euo pipefail

ear=$(realpath "${1:?usage: benchmark.sh EAR}")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
: "${PAYARA_HOME:?PAYARA_HOME must point at an unpacked payara6 directory}"
offset=${KINDRED_BENCH_PORT_OFFSET:-35000}
http_port=$((8080 + offset))
admin_port=$((4848 + offset))
smtp_port=$((2525 + offset))
db=${KINDRED_BENCH_DB:-kindred_bench}
seconds=${KINDRED_BENCH_SECONDS:-10}
rounds=${KINDRED_BENCH_ROUNDS:-3}
out=$root/target/benchmark
base=http://127.0.0.1:$http_port
server_log=$PAYARA_HOME/glassfish/domains/domain1/logs/server.log
asadmin="$PAYARA_HOME/bin/asadmin --host 127.0.0.1 --port $admin_port --interactive=false"
mkdir -p "$out"

log() { printf '[benchmark] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

# --- a database and a server of the benchmark's own --------------------------------------------------
export KINDRED_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?sslMode=DISABLED&connectionTimeZone=UTC"
export KINDRED_DB_USER=${KINDRED_BENCH_DB_USER:-kindred_test}
export KINDRED_DB_PASSWORD=${KINDRED_BENCH_DB_PASSWORD:-kindred_test}
# The benchmark signs people in by password only: no second factor required (ADR 0023).
export KINDRED_MFA_REQUIRED_ROLES=none
mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS \`$db\`;
  GRANT ALL ON \`$db\`.* TO '$KINDRED_DB_USER'@'127.0.0.1'; GRANT ALL ON \`$db\`.* TO '$KINDRED_DB_USER'@'localhost';"
# the test domain's preparation, with production's cache of settings (tests turn it off)
KINDRED_CONFIG_CACHE_SECONDS=60 KINDRED_PORT_OFFSET=$offset bash "$root/config/payara/local-server.sh" prepare-tests >/dev/null

export KINDRED_BASE_URL=http://localhost:$http_port
export KINDRED_SMTP_HOST=127.0.0.1 KINDRED_SMTP_PORT=$smtp_port
export KINDRED_ORGANISER_MAILBOX=scheduling@bench.kindred.test
export KINDRED_IMAP_ENABLED=false KINDRED_DEMO_ENABLED=false
# Only the invitations measured: no reminder, retention or day-after evaluation run while measuring.
export KINDRED_REMINDERS_POLL_INTERVAL=PT24H KINDRED_RETENTION_POLL_INTERVAL=PT24H
export KINDRED_EVALUATION_DAY_AFTER_EMAIL=false
# A message the mail server refused waits an hour: the invitation benchmark makes a backlog that way.
export KINDRED_OUTBOX_POLL_INTERVAL=PT1S KINDRED_OUTBOX_FIRST_RETRY=PT1H KINDRED_OUTBOX_MAX_RETRY=PT1H
export KINDRED_DIAGNOSTICS_COUNT_STATEMENTS=true KINDRED_DIAGNOSTICS_SESSION_SIZE=true

stop() { "$PAYARA_HOME/bin/asadmin" stop-domain --domaindir "$PAYARA_HOME/glassfish/domains" domain1 >/dev/null 2>&1 || true; }
finish() {
  [ "${KINDRED_BENCH_KEEP:-false}" = true ] && { log "kept: $base and the database $db"; return; }
  stop
  mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS \`$db\`" || true
}
trap finish EXIT
log "starting Payara (admin port $admin_port, http port $http_port)"
"$PAYARA_HOME/bin/asadmin" start-domain --domaindir "$PAYARA_HOME/glassfish/domains" domain1 >"$out/start.log" 2>&1

wait_ready() {
  for _ in $(seq 1 120); do
    case "$(curl -s --max-time 3 "$base/health/ready" || true)" in *'"status":"UP"'*) return 0 ;; esac
    sleep 1
  done
  log "Kindred did not become ready"; exit 1
}
log "deploying Kindred (Flyway migrates the empty database)"
$asadmin deploy --force=true --name kindred "$ear" >/dev/null
wait_ready

classpath="$root/target/test-classes:$root/target/classes:$(cat "$root/target/benchmark/classpath.txt")"
java_bench() {
  java -Xmx1g -Duser.timezone=UTC -cp "$classpath" -Dbench.url="$base" -Dbench.db.url="$KINDRED_DB_URL" \
    -Dbench.db.user="$KINDRED_DB_USER" -Dbench.db.password="$KINDRED_DB_PASSWORD" "${seeded[@]}" "$@"
}
seeded=()
log "seeding: 1 organisation, 2,000 staff, 150 groups, 40 rooms, a year of sessions, 10,000 bookings"
java_bench org.kindred.benchmark.BenchmarkSeeder "$KINDRED_DB_URL" "$KINDRED_DB_USER" "$KINDRED_DB_PASSWORD" >"$out/seeded.txt"
while IFS='=' read -r key value; do seeded+=("-Dbench.$key=$value"); done <"$out/seeded.txt"
value() { grep -m1 "^$1=" "$out/$2" | cut -d= -f2-; }
facilitator=$(value facilitator seeded.txt)
group=$(value group seeded.txt)

# --- 1. page cost: wrk, alternating with the trivial endpoint, in rounds ------------------------------
cookie=$(java_bench org.kindred.benchmark.Benchmark login "$facilitator")
declare -A paths=(
  [trivial]=/health/live
  [dashboard]=/facilitator/index.xhtml
  [group]="/facilitator/group.xhtml?id=$group"
  [api_groups]=/api/facilitator/groups
  [api_roster]="/api/facilitator/groups/$group/roster"
)
order=(trivial dashboard group api_groups api_roster)
rps() {
  wrk -t1 -c4 -d"$1"s -H "Cookie: __Host-kindred-session=$cookie" -H "Accept: ${3:-text/html}" "$base$2" \
    | awk '/Requests\/sec/ {print $2}'
}
accept() { case "$1" in api_*) echo application/json ;; *) echo text/html ;; esac; }
for name in "${order[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: __Host-kindred-session=$cookie" -H "Accept: $(accept "$name")" "$base${paths[$name]}")
  [ "$code" = 200 ] || { log "$name answers $code"; exit 1; }
  rps 10 "${paths[$name]}" "$(accept "$name")" >/dev/null   # warm-up: the JIT, the caches, the pools
done
: >"$out/pages.txt"
for round in $(seq 1 "$rounds"); do
  for name in "${order[@]}"; do
    r=$(rps "$seconds" "${paths[$name]}" "$(accept "$name")")
    echo "$round $name $r" >>"$out/pages.txt"
    log "round $round: $name $r requests/s"
  done
done
# each page's ratio to the trivial endpoint of its own round; the median of the rounds
page_ratio() {
  awk -v page="$1" '$2 == "trivial" {t[$1] = $3} $2 == page {p[$1] = $3}
    END {n = 0; for (r in p) v[n++] = p[r] / t[r]; asort(v); printf "%.2f", v[int((n + 1) / 2)]}' "$out/pages.txt"
}
median_rps() {
  awk -v page="$1" '$2 == page {v[n++] = $3} END {asort(v); printf "%.0f", v[int((n + 1) / 2)]}' "$out/pages.txt"
}

# --- 2. statements per page, at the edges of the seeded data -------------------------------------------
log "statements per page"
java_bench org.kindred.benchmark.Benchmark statements "$server_log" >"$out/statements.txt"

# --- 5. session size after a typical journey ----------------------------------------------------------
log "session size"
java_bench org.kindred.benchmark.Benchmark session-size >"$out/session.txt"

# --- 4. clash checking: through the API against the seeded bookings, and JMH at 1k / 10k / 100k -----------
log "clash check through the API"
java_bench org.kindred.benchmark.Benchmark clash >"$out/clash.txt"
log "clash check, JMH"
java -cp "$classpath" org.openjdk.jmh.Main ClashCheckBenchmark -rf csv -rff "$out/jmh.csv" >"$out/jmh.log" 2>&1
jmh() { awk -F, -v n="$1" -v o="$2" '{gsub(/[\r"]/, "")} $(NF-1) == n && $NF == o {printf "%.1f", $5}' "$out/jmh.csv"; }

# --- 7. a month's report released through disclosure control: JMH at 10 / 50 / 150 groups ---------------
log "month release, JMH"
java -cp "$classpath" org.openjdk.jmh.Main MonthReleaseBenchmark -rf csv -rff "$out/jmh-release.csv" >"$out/jmh-release.log" 2>&1
release() { awk -F, -v n="$1" '{gsub(/[\r"]/, "")} $NF == n {printf "%.0f", $5}' "$out/jmh-release.csv"; }

# --- 3. invitations through the outbox against a plain client, to one local SMTP server ----------------
log "invitations"
java_bench org.kindred.benchmark.Benchmark invitations "$smtp_port" >"$out/invitations.txt"

# --- 8. a people import of 10,000 new staff through the admin API (after 3: its invitations join the outbox)
log "people import"
java_bench org.kindred.benchmark.Benchmark import 10000 >"$out/import.txt"

# --- 6. start-up: the EAR's deploy time against an empty EAR's, alternately ----------------------------
log "deploy times"
empty=$out/empty-ear
rm -rf "$empty" && mkdir -p "$empty/war/WEB-INF" "$empty/ear/META-INF"
echo '<html><body>empty</body></html>' >"$empty/war/index.html"
cat >"$empty/war/WEB-INF/web.xml" <<'XML'
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
XML
cat >"$empty/ear/META-INF/application.xml" <<'XML'
<application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
  <module><web><web-uri>empty.war</web-uri><context-root>/empty</context-root></web></module>
</application>
XML
(cd "$empty/war" && jar cf "$empty/ear/empty.war" .)
(cd "$empty/ear" && jar cf "$out/empty.ear" .)
millis() { date +%s%3N; }
: >"$out/deploys.txt"
$asadmin undeploy kindred >/dev/null
for i in 1 2 3; do
  for name in empty kindred; do
    file=$ear; [ "$name" = empty ] && file=$out/empty.ear
    start=$(millis)
    $asadmin deploy --name "$name" "$file" >/dev/null
    echo "$name $(( $(millis) - start ))" >>"$out/deploys.txt"
    $asadmin undeploy "$name" >/dev/null
  done
done
[ "${KINDRED_BENCH_KEEP:-false}" = true ] && $asadmin deploy --name kindred "$ear" >/dev/null
median_deploy() { awk -v n="$1" '$1 == n {v[c++] = $2} END {asort(v); print v[int((c + 1) / 2)]}' "$out/deploys.txt"; }

# --- the figures ---------------------------------------------------------------------------------------
trivial_rps=$(median_rps trivial)
s() { value "$1" statements.txt; }
{
  echo "Run on $(date -u +%Y-%m-%d) at $(date -u +%H:%M) UTC; $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); \`./mvnw -Pbenchmark -DskipTests package\`."
  echo "Seeded: $(value bookings seeded.txt) room bookings; rounds of ${seconds} s per endpoint: $rounds."
  echo
  echo "| # | Figure | Measured | Budget | Met |"
  echo "|---|---|---|---|---|"
  for page in dashboard group; do
    ratio=$(page_ratio "$page")
    echo "| 1 | page cost, JSF \`${paths[$page]%%\?*}\` ÷ \`/health/live\` | **$ratio** ($(median_rps "$page") ÷ $trivial_rps requests/s) | ≥ 0.20 | $(awk -v r="$ratio" 'BEGIN {print (r >= 0.20) ? "yes" : "no"}') |"
  done
  for page in api_groups api_roster; do
    ratio=$(page_ratio "$page")
    echo "| 1 | page cost, JSON \`${paths[$page]}\` ÷ \`/health/live\` | **$ratio** ($(median_rps "$page") ÷ $trivial_rps requests/s) | ≥ 0.40 | $(awk -v r="$ratio" 'BEGIN {print (r >= 0.40) ? "yes" : "no"}') |"
  done
  for page in dashboard roster report; do
    small=$(s "statements.$page.small"); large=$(s "statements.$page.large")
    echo "| 2 | SQL statements, $page: 1 group of 1 member → 20 groups, one of 200 | **$small → $large** | constant, ≤ 6 | $([ "$small" = "$large" ] && [ "$large" -le 6 ] && echo yes || echo no) |"
  done
  ratio=$(value invitations.ratio invitations.txt)
  echo "| 3 | invitations: outbox ÷ plain client, same SMTP server ($(value invitations.drained invitations.txt) messages queued) | **$ratio** ($(value invitations.outbox.per.s invitations.txt) ÷ $(value invitations.raw.per.s invitations.txt) messages/s) | ≥ 0.5 | $(awk -v r="$ratio" 'BEGIN {print (r >= 0.5) ? "yes" : "no"}') |"
  echo "| 3 | time to deliver $(value invitations.messages invitations.txt) invitations ($(value invitations.groups invitations.txt) groups of 12 and their leaders) | **$(value invitations.delivered.s invitations.txt) s** (the $(value invitations.groups invitations.txt) requests took $(value invitations.requests.s invitations.txt) s) | – | – |"
  for order in true false; do
    k1=$(jmh 1000 $order); k10=$(jmh 10000 $order); k100=$(jmh 100000 $order)
    how="bookings in start order, as the room's index returns them"; [ $order = false ] && how="bookings shuffled (the query did not ask for an order before)"
    echo "| 4 | clash check of a 52-week series, in memory (JMH): 1,000 / 10,000 / 100,000 $how | **$k1 / $k10 / $k100 µs**: ×$(awk -v a="$k1" -v b="$k10" 'BEGIN {printf "%.1f", b / a}'), then ×$(awk -v a="$k10" -v b="$k100" 'BEGIN {printf "%.1f", b / a}') per ×10 | linear with a small constant | $(awk -v a="$k10" -v b="$k100" 'BEGIN {print (b / a <= 12) ? "yes" : "no"}') |"
  done
  echo "| 4 | clash check through the API, 52 weeks against the seeded bookings (409) | **$(value clash.api.ms clash.txt) ms** (median of 9) | – | – |"
  bytes=$(value session.bytes session.txt)
  echo "| 5 | serialized HTTP session after a facilitator's journey | **$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1024}') KB** ($bytes bytes) | ≤ 100 KB | $(awk -v b="$bytes" 'BEGIN {print (b <= 102400) ? "yes" : "no"}') |"
  e=$(median_deploy empty); k=$(median_deploy kindred)
  echo "| 6 | deploy time, Kindred's EAR ÷ an empty EAR | **$(awk -v a="$e" -v b="$k" 'BEGIN {printf "%.1f", b / a}')** ($k ÷ $e ms, medians of 3) | – | – |"
  r150=$(release 150)
  echo "| 7 | a month's report released through disclosure control and its auditor (JMH): 10 / 50 / 150 groups | **$(release 10) / $(release 50) / $r150 ms** | ≤ 10 s at 150 groups, once a month, in the background | $(awk -v t="$r150" 'BEGIN {print (t <= 10000) ? "yes" : "no"}') |"
  ms=$(value import.preview.ms import.txt); sec=$(value import.apply.s import.txt)
  echo "| 8 | people import of $(value import.rows import.txt) new staff, one CSV file through the admin API: preview (median of 3) / applied, every account with its setup link and invitation queued | **$ms ms / $sec s** | ≤ 2 s / ≤ 300 s | $(awk -v m="$ms" -v s="$sec" 'BEGIN {print (m <= 2000 && s <= 300) ? "yes" : "no"}') |"
} >"$out/figures.md"

doc=$root/docs/performance.md
if grep -q '<!-- figures:begin -->' "$doc"; then
  awk -v figures="$out/figures.md" '
    /<!-- figures:begin -->/ {print; while ((getline line < figures) > 0) print line; skip = 1; next}
    /<!-- figures:end -->/ {skip = 0}
    !skip {print}' "$doc" >"$doc.new" && mv "$doc.new" "$doc"
fi
cat "$out/figures.md"
log "figures written to docs/performance.md; raw results in target/benchmark"
