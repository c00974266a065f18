#!/usr/bin/env bash
# A scale-out rehearsal on one machine, with Debian's packages (installed when missing; needs
# root): the local PostgreSQL as the primary, a second cluster on it made a streaming replica
# (pg_createcluster, emptied, pg_basebackup -R), PgBouncer in transaction mode in front of the
# primary, and two app instances (`npm start`) behind an nginx load balancer.
#
#   scripts/scale-rehearsal.sh up [replica] [pgbouncer] [apps]   (default: replica pgbouncer)
#   scripts/scale-rehearsal.sh down [apps] [pgbouncer] [replica] (default: all three)
#   scripts/scale-rehearsal.sh status
#
# Each step is idempotent: what already runs is left running. On the primary it only ever
# creates a replication role and, when no pg_hba.conf line lets that role replicate over
# 127.0.0.1, adds one and reloads the configuration (never a restart); `down` leaves both.
# The replica copies the whole primary (every database on it) and then follows it.
#
# Settings (environment): IMR_REPLICA_PORT (5433), IMR_PGBOUNCER_PORT (6432), IMR_LB_PORT
# (3330), IMR_APP_PORTS ("3331 3332"), IMR_SCALE_DATABASE (imr_bench: the database the apps
# serve), IMR_SCALE_DIR (/var/tmp/imr-scale: configuration, logs and pid files).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PRIMARY_PORT=${IMR_PRIMARY_PORT:-5432}
REPLICA_CLUSTER=${IMR_REPLICA_CLUSTER:-imr_replica}
REPLICA_PORT=${IMR_REPLICA_PORT:-5433}
PGBOUNCER_PORT=${IMR_PGBOUNCER_PORT:-6432}
LB_PORT=${IMR_LB_PORT:-3330}
APP_PORTS=${IMR_APP_PORTS:-"3331 3332"}
DATABASE=${IMR_SCALE_DATABASE:-imr_bench}
STATE_DIR=${IMR_SCALE_DIR:-/var/tmp/imr-scale}
REPLICATION_ROLE=imr_replicator
MARKER=imr-scale-rehearsal # a file in the replica's /etc folder: this script made that cluster

say() { echo "[scale] $*"; }
fail() {
  echo "[scale] $*" >&2
  exit 1
}

pg_version() {
  [ -d /etc/postgresql ] || fail "No Debian PostgreSQL here (/etc/postgresql is missing)."
  ls /etc/postgresql | sort -V | tail -1
}

primary() { psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
replica() { psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

# Polls a command until it succeeds (every 0.2 s), for at most $1 seconds.
wait_for() {
  local seconds=$1
  shift
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_packages() {
  local missing=()
  for pair in "$@"; do
    local binary=${pair%%:*} package=${pair#*:}
    [ -x "$binary" ] || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || fail "Needs Debian's ${missing[*]} (apt-get install ${missing[*]}, as root)."
  say "installing Debian's ${missing[*]}"
  # no policy-rc.d on a full Debian: keep the packages' own services from starting on their default ports
  local policy=/usr/sbin/policy-rc.d made_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1
  fi
  local ok=0
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
    ok=$?
  [ -n "$made_policy" ] && rm -f "$policy"
  [ "$ok" = 0 ] || fail "apt-get install ${missing[*]} failed"
}

# --- the primary: a replication role and a pg_hba.conf line for it ------------------------

can_replicate() {
  psql "host=127.0.0.1 port=$PRIMARY_PORT user=$REPLICATION_ROLE dbname=postgres replication=true" -Atqc "IDENTIFY_SYSTEM"
}

ensure_replication_access() {
  pg_isready -q -h 127.0.0.1 -p "$PRIMARY_PORT" || fail "The primary PostgreSQL on 127.0.0.1:$PRIMARY_PORT is not running."
  if [ "$(primary -c "SELECT count(*) FROM pg_roles WHERE rolname = '$REPLICATION_ROLE'")" = 0 ]; then
    say "creating the replication role $REPLICATION_ROLE on the primary"
    primary -c "CREATE ROLE $REPLICATION_ROLE WITH LOGIN REPLICATION"
  fi
  can_replicate >/dev/null 2>&1 && return 0
  local hba
  hba=$(primary -c "SHOW hba_file")
  if ! grep -q "^host replication $REPLICATION_ROLE 127.0.0.1/32 trust" "$hba"; then
    say "adding a replication line for $REPLICATION_ROLE over 127.0.0.1 to $hba (first rule: the first match wins)"
    cp -p "$hba" "$hba.before-imr-scale"
    local line="host replication $REPLICATION_ROLE 127.0.0.1/32 trust # $MARKER: streaming replica on this machine"
    awk -v line="$line" '!done && !/^[[:space:]]*(#|$)/ { print line; done = 1 } { print } END { if (!done) print line }' \
      "$hba.before-imr-scale" >"$hba"
  fi
  say "reloading the primary's configuration (pg_reload_conf: no restart)"
  primary -c "SELECT pg_reload_conf()" >/dev/null
  wait_for 20 can_replicate || fail "The role $REPLICATION_ROLE still cannot replicate; see $hba and the primary's log."
}

# --- the streaming replica -----------------------------------------------------------------

replica_exists() { pg_lsclusters -h 2>/dev/null | awk -v v="$1" -v n="$REPLICA_CLUSTER" '$1 == v && $2 == n' | grep -q .; }
replica_online() { pg_lsclusters -h 2>/dev/null | awk -v v="$1" -v n="$REPLICA_CLUSTER" '$1 == v && $2 == n && $4 ~ /^online/' | grep -q .; }
replica_streaming() {
  [ "$(primary -c "SELECT count(*) FROM pg_stat_replication WHERE application_name = '$REPLICA_CLUSTER' AND state = 'streaming'")" != 0 ] &&
    [ "$(replica -c "SELECT pg_is_in_recovery()")" = t ]
}

create_replica() {
  local v=$1
  port_busy "$REPLICA_PORT" && fail "Port $REPLICA_PORT is taken by something else."
  say "creating cluster $v/$REPLICA_CLUSTER on port $REPLICA_PORT"
  pg_createcluster "$v" "$REPLICA_CLUSTER" --port "$REPLICA_PORT" --start-conf manual -- \
    --auth-local=trust --auth-host=trust >/dev/null
  local conf=/etc/postgresql/$v/$REPLICA_CLUSTER
  touch "$conf/$MARKER"
  # A hot standby needs these at least as high as on the primary.
  {
    echo "# $MARKER: a streaming replica of 127.0.0.1:$PRIMARY_PORT"
    echo "hot_standby = on"
    for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
      echo "$setting = $(primary -c "SHOW $setting")"
    done
  } >"$conf/conf.d/$MARKER.conf"
  local data
  data=$(pg_lsclusters -h | awk -v v="$v" -v n="$REPLICA_CLUSTER" '$1 == v && $2 == n { print $6 }')
  [ -n "$data" ] && [ -d "$data" ] || fail "No data directory for $v/$REPLICA_CLUSTER"
  find "$data" -mindepth 1 -delete
  say "pg_basebackup -R from 127.0.0.1:$PRIMARY_PORT ($(primary -c "SELECT pg_size_pretty(sum(pg_database_size(datname))) FROM pg_database") of databases)"
  local started=$SECONDS
  runuser -u postgres -- "/usr/lib/postgresql/$v/bin/pg_basebackup" \
    -d "host=127.0.0.1 port=$PRIMARY_PORT user=$REPLICATION_ROLE application_name=$REPLICA_CLUSTER" \
    -D "$data" -R -X stream -c fast --no-sync
  say "base backup taken in $((SECONDS - started)) s; standby.signal and primary_conninfo written:"
  grep primary_conninfo "$data/postgresql.auto.conf" | sed 's/^/[scale]   /'
  [ -f "$data/standby.signal" ] || fail "pg_basebackup -R wrote no standby.signal"
}

start_replica() {
  local v=$1
  pg_ctlcluster --skip-systemctl-redirect "$v" "$REPLICA_CLUSTER" start 9>&-
  wait_for 60 replica_streaming
}

replica_up() {
  local v
  v=$(pg_version)
  ensure_replication_access
  if replica_exists "$v"; then
    [ -e "/etc/postgresql/$v/$REPLICA_CLUSTER/$MARKER" ] ||
      fail "A cluster $v/$REPLICA_CLUSTER exists that this script did not make; set IMR_REPLICA_CLUSTER."
    if replica_online "$v" && replica_streaming; then
      say "replica $v/$REPLICA_CLUSTER already streaming on port $REPLICA_PORT"
      return 0
    fi
    if ! replica_online "$v" && start_replica "$v"; then
      say "replica $v/$REPLICA_CLUSTER started again and streaming"
      return 0
    fi
    say "replica $v/$REPLICA_CLUSTER does not stream (the primary may have recycled its WAL): making it again"
    pg_dropcluster --stop "$v" "$REPLICA_CLUSTER"
  fi
  create_replica "$v"
  start_replica "$v" || fail "The replica did not start streaming; see /var/log/postgresql/postgresql-$v-$REPLICA_CLUSTER.log"
  say "replica streaming: postgresql://postgres@127.0.0.1:$REPLICA_PORT/<database>"
}

replica_down() {
  local v
  v=$(pg_version)
  replica_exists "$v" || return 0
  [ -e "/etc/postgresql/$v/$REPLICA_CLUSTER/$MARKER" ] || fail "$v/$REPLICA_CLUSTER was not made by this script; left alone."
  say "dropping the replica $v/$REPLICA_CLUSTER"
  pg_dropcluster --stop "$v" "$REPLICA_CLUSTER"
}

# --- PgBouncer in transaction mode ---------------------------------------------------------

PGB_DIR=$STATE_DIR/pgbouncer

pgbouncer_answers() { psql -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U postgres -d pgbouncer -Atqc "SHOW VERSION"; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

pgbouncer_up() {
  ensure_packages /usr/sbin/pgbouncer:pgbouncer
  if pid_alive "$PGB_DIR/pgbouncer.pid" && pgbouncer_answers >/dev/null 2>&1; then
    say "PgBouncer already running on port $PGBOUNCER_PORT"
    return 0
  fi
  port_busy "$PGBOUNCER_PORT" && fail "Port $PGBOUNCER_PORT is taken by something else."
  mkdir -p "$PGB_DIR"
  # Trust, as the primary does on 127.0.0.1; PgBouncer still wants the user names listed.
  printf '"postgres" ""\n' >"$PGB_DIR/userlist.txt"
  cat >"$PGB_DIR/pgbouncer.ini" <<EOF
; $MARKER: every database of the primary, pooled per transaction
[databases]
* = host=127.0.0.1 port=$PRIMARY_PORT

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir = $PGB_DIR
auth_type = trust
auth_file = $PGB_DIR/userlist.txt
admin_users = postgres
stats_users = postgres
pool_mode = transaction
max_client_conn = 2000
default_pool_size = 20
reserve_pool_size = 5
server_reset_query =
ignore_startup_parameters = extra_float_digits
logfile = $PGB_DIR/pgbouncer.log
pidfile = $PGB_DIR/pgbouncer.pid
EOF
  chown -R postgres:postgres "$PGB_DIR"
  runuser -u postgres -- /usr/sbin/pgbouncer -q -d "$PGB_DIR/pgbouncer.ini" 9>&-
  wait_for 20 pgbouncer_answers || fail "PgBouncer did not start; see $PGB_DIR/pgbouncer.log"
  say "$(pgbouncer_answers | head -1) in transaction mode: postgresql://postgres@127.0.0.1:$PGBOUNCER_PORT/<database>"
}

stop_pidfile() {
  local file=$1 name=$2
  pid_alive "$file" || {
    rm -f "$file"
    return 0
  }
  local pid
  pid=$(cat "$file")
  say "stopping $name (pid $pid)"
  kill "$pid"
  wait_for 15 bash -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null || true
  rm -f "$file"
}

pgbouncer_down() { stop_pidfile "$PGB_DIR/pgbouncer.pid" PgBouncer; }

# --- two app instances behind nginx --------------------------------------------------------

APPS_DIR=$STATE_DIR/apps
url_of() { echo "postgresql://postgres@127.0.0.1:$1/$DATABASE"; }
app_ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/api/ready"; }

apps_up() {
  [ -f "$ROOT/.next/BUILD_ID" ] || fail "No production build: run npx next build first."
  ensure_packages /usr/sbin/nginx:nginx /usr/bin/curl:curl
  [ "$(primary -c "SELECT count(*) FROM pg_database WHERE datname = '$DATABASE'")" = 1 ] ||
    fail "No database $DATABASE on the primary (createdb it and npm run db:generate-load, or set IMR_SCALE_DATABASE)."
  pgbouncer_up
  mkdir -p "$APPS_DIR"
  [ -s "$APPS_DIR/secret" ] || openssl rand -base64 32 >"$APPS_DIR/secret"
  say "migrations through the direct URL (the runner's session lock does not survive transaction pooling)"
  DATABASE_URL=$(url_of "$PGBOUNCER_PORT") DATABASE_DIRECT_URL=$(url_of "$PRIMARY_PORT") npx tsx scripts/db-migrate.ts
  local read_url=""
  replica_streaming >/dev/null 2>&1 && read_url=$(url_of "$REPLICA_PORT")
  local servers=""
  for port in $APP_PORTS; do
    servers+="    server 127.0.0.1:$port max_fails=0;"$'\n'
    if pid_alive "$APPS_DIR/app-$port.pid" && app_ready "$port"; then
      say "app instance on port $port already serving"
      continue
    fi
    port_busy "$port" && fail "Port $port is taken by something else."
    say "starting npm start on port $port (writes: PgBouncer; reads that may lag: ${read_url:-the primary, no replica up})"
    env NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 \
      DATABASE_URL="$(url_of "$PGBOUNCER_PORT")" DATABASE_DIRECT_URL="$(url_of "$PRIMARY_PORT")" \
      DATABASE_READ_URL="$read_url" DATABASE_POOL_SIZE=10 \
      NEXTAUTH_URL="http://127.0.0.1:$LB_PORT" NEXTAUTH_SECRET="$(cat "$APPS_DIR/secret")" TRUSTED_PROXY_HOPS=1 \
      setsid npm --prefix "$ROOT" start --silent -- -p "$port" -H 127.0.0.1 >"$APPS_DIR/app-$port.log" 2>&1 </dev/null 9>&- &
    echo $! >"$APPS_DIR/app-$port.pid"
  done
  for port in $APP_PORTS; do
    wait_for 120 app_ready "$port" || fail "The app on port $port is not ready; see $APPS_DIR/app-$port.log"
  done
  if pid_alive "$APPS_DIR/nginx.pid" && curl -fsS -o /dev/null "http://127.0.0.1:$LB_PORT/api/health"; then
    say "load balancer already on port $LB_PORT"
  else
    port_busy "$LB_PORT" && fail "Port $LB_PORT is taken by something else."
    mkdir -p "$APPS_DIR/nginx"
    chmod 777 "$APPS_DIR/nginx"
    cat >"$APPS_DIR/nginx.conf" <<EOF
# $MARKER: a load balancer in front of the app instances
worker_processes 1;
pid $APPS_DIR/nginx.pid;
error_log $APPS_DIR/nginx-error.log warn;
events { worker_connections 4096; }
http {
  log_format upstream '\$remote_addr "\$request" \$status \$upstream_addr \$request_time';
  access_log $APPS_DIR/nginx-access.log upstream;
  client_body_temp_path $APPS_DIR/nginx/body;
  proxy_temp_path $APPS_DIR/nginx/proxy;
  fastcgi_temp_path $APPS_DIR/nginx/fastcgi;
  uwsgi_temp_path $APPS_DIR/nginx/uwsgi;
  scgi_temp_path $APPS_DIR/nginx/scgi;
  client_max_body_size 30m;
  upstream app {
    least_conn;
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
    /usr/sbin/nginx -t -q -p "$APPS_DIR" -c "$APPS_DIR/nginx.conf"
    /usr/sbin/nginx -p "$APPS_DIR" -c "$APPS_DIR/nginx.conf" 9>&-
    wait_for 20 curl -fsS -o /dev/null "http://127.0.0.1:$LB_PORT/api/health" || fail "nginx did not start; see $APPS_DIR/nginx-error.log"
  fi
  say "load balancer: http://127.0.0.1:$LB_PORT -> app instances on ports $APP_PORTS"
}

apps_down() {
  stop_pidfile "$APPS_DIR/nginx.pid" "the load balancer (nginx)"
  for port in $APP_PORTS; do
    local file=$APPS_DIR/app-$port.pid
    if pid_alive "$file"; then
      # setsid made the instance a process group of its own: stop the group (next and its workers)
      local pid
      pid=$(cat "$file")
      say "stopping the app instance on port $port (process group $pid)"
      kill -- "-$pid" 2>/dev/null || true
      wait_for 20 bash -c "! kill -0 $pid" || kill -9 -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$file"
  done
}

# --- status ----------------------------------------------------------------------------------

status() {
  local v
  v=$(pg_version)
  echo "Primary 127.0.0.1:$PRIMARY_PORT: $(pg_isready -h 127.0.0.1 -p "$PRIMARY_PORT" >/dev/null && echo up || echo DOWN)"
  primary -F ' ' -c "SELECT '  sender to ' || application_name, state, 'replay lag', coalesce(replay_lag::text, '0'), 'behind by', pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)) FROM pg_stat_replication" 2>/dev/null || true
  if replica_exists "$v"; then
    echo "Replica $v/$REPLICA_CLUSTER on port $REPLICA_PORT: $(replica_online "$v" && echo online || echo down)"
    replica -F ' ' -c "SELECT '  in recovery:', pg_is_in_recovery(), 'replay paused:', pg_get_wal_replay_pause_state(), 'last replayed:', coalesce(pg_last_xact_replay_timestamp()::text, 'nothing yet')" 2>/dev/null || true
  else
    echo "Replica $v/$REPLICA_CLUSTER: none"
  fi
  if pid_alive "$PGB_DIR/pgbouncer.pid"; then
    echo "PgBouncer on port $PGBOUNCER_PORT: running (pid $(cat "$PGB_DIR/pgbouncer.pid"))"
    psql -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U postgres -d pgbouncer -c "SHOW POOLS" 2>/dev/null | sed 's/^/  /' || true
  else
    echo "PgBouncer: not running"
  fi
  for port in $APP_PORTS; do
    if pid_alive "$APPS_DIR/app-$port.pid"; then
      echo "App instance on port $port: $(app_ready "$port" 2>/dev/null && echo ready || echo 'running, not ready')"
    else
      echo "App instance on port $port: not running"
    fi
  done
  echo "Load balancer on port $LB_PORT: $(pid_alive "$APPS_DIR/nginx.pid" && echo running || echo 'not running')"
}

# --- main --------------------------------------------------------------------------------

command=${1:-status}
shift || true
parts=("$@")
for part in "${parts[@]}"; do
  case $part in replica | pgbouncer | apps) ;; *) fail "Unknown part $part (replica, pgbouncer, apps)" ;; esac
done
[ "$command" = status ] || [ "$(id -u)" = 0 ] || fail "Run as root: it installs packages and manages PostgreSQL clusters."

# The lock serializes runs; every daemon started below closes it (9>&-) so as not to hold it.
exec 9>/tmp/imr-scale-rehearsal.lock
case $command in
  up)
    flock 9
    [ ${#parts[@]} -gt 0 ] || parts=(replica pgbouncer)
    for part in replica pgbouncer apps; do
      if [[ " ${parts[*]} " == *" $part "* ]]; then "${part}_up"; fi
    done
    ;;
  down)
    flock 9
    [ ${#parts[@]} -gt 0 ] || parts=(apps pgbouncer replica)
    for part in apps pgbouncer replica; do
      if [[ " ${parts[*]} " == *" $part "* ]]; then "${part}_down"; fi
    done
    ;;
  status) status ;;
  *) fail "Usage: scripts/scale-rehearsal.sh up|down|status [replica] [pgbouncer] [apps]" ;;
esac
true
