#!/usr/bin/env bash
# Start/stop the two local test registries (Debian's docker-registry, distribution 2.8).
#
#   registry.sh start        start both (no-op for one that is already running)
#   registry.sh stop         stop both and delete their state (all pushed images)
#   registry.sh status       exit 0 if both answer, 1 otherwise
#   registry.sh url [auth]   print 127.0.0.1:5000 (or 127.0.0.1:5001 for the auth one)
#
#   127.0.0.1:5000  anonymous, delete enabled
#   127.0.0.1:5001  htpasswd basic auth, user gorae / password secret
#
# State (config, storage, logs, pid files): $GORAE_TEST_STATE (default /tmp/gorae-test-registry).
set -euo pipefail

STATE="${GORAE_TEST_STATE:-/tmp/gorae-test-registry}"
REGISTRY_BIN="${GORAE_TEST_REGISTRY_BIN:-/usr/bin/docker-registry}"
HOST=127.0.0.1
PLAIN_PORT=5000
AUTH_PORT=5001
AUTH_USER=gorae
AUTH_PASS=secret
WAIT_SECS="${GORAE_TEST_REGISTRY_WAIT:-20}"

die() { echo "registry.sh: error: $*" >&2; exit 1; }

usage() { echo "usage: $0 start|stop|status|url [auth]" >&2; exit 2; }

# pid_alive NAME -> 0 if the pid file names a live docker-registry process
pid_alive() {
    local pf="$STATE/$1/registry.pid" pid
    [ -f "$pf" ] || return 1
    pid=$(cat "$pf" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "docker-registry serve $STATE/$1/config.yml" || return 1
}

# running PID -> 0 if the process exists and is not a zombie. Right after the fork, the child
# is still bash, setsid or nohup on its way to exec docker-registry, so its cmdline can't tell
# yet; only pid_alive (an old pid file) needs the cmdline.
running() {
    local state
    state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
    [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# answers PORT [user:pass] -> 0 if GET /v2/ gives 200 (or 401 when no creds were given and auth=1)
http_code() { # port [curl args...]
    local port=$1; shift
    curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" "http://$HOST:$port/v2/" 2>/dev/null || true
}

write_config() { # name port auth(0|1)
    local name=$1 port=$2 auth=$3 dir="$STATE/$1"
    mkdir -p "$dir/storage"
    local secret
    secret=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    {
        echo "version: 0.1"
        echo "log:"
        echo "  level: info"
        echo "  formatter: text"
        echo "storage:"
        echo "  filesystem:"
        echo "    rootdirectory: $dir/storage"
        echo "  delete:"
        echo "    enabled: true"
        echo "  cache:"
        echo "    blobdescriptor: inmemory"
        echo "  maintenance:"
        echo "    uploadpurging:"
        echo "      enabled: false"
        echo "http:"
        echo "  addr: $HOST:$port"
        echo "  secret: $secret"
        echo "  headers:"
        echo "    X-Content-Type-Options: [nosniff]"
        if [ "$auth" = 1 ]; then
            echo "auth:"
            echo "  htpasswd:"
            echo "    realm: gorae-test"
            echo "    path: $dir/htpasswd"
        fi
    } >"$dir/config.yml.tmp"
    mv "$dir/config.yml.tmp" "$dir/config.yml"
    if [ "$auth" = 1 ]; then
        command -v htpasswd >/dev/null || die "htpasswd not found (apt-get install apache2-utils; see install.sh)"
        htpasswd -Bbn "$AUTH_USER" "$AUTH_PASS" 2>/dev/null | sed '/^$/d' >"$dir/htpasswd"
        [ -s "$dir/htpasswd" ] || die "htpasswd produced nothing"
    fi
}

start_one() { # name port auth
    local name=$1 port=$2 auth=$3 dir="$STATE/$1"
    if pid_alive "$name"; then
        # already ours and running; make sure it answers
        wait_ready "$name" "$port" "$auth"
        return 0
    fi
    local code
    code=$(http_code "$port")
    if [ -n "$code" ] && [ "$code" != "000" ]; then
        die "something else already listens on $HOST:$port (HTTP $code to /v2/) and it is not the registry of state dir $STATE; stop it first"
    fi
    # Not running (never started, or died with the session that started it): start it
    # again on the same storage, so pushed images survive; only 'stop' deletes them.
    mkdir -p "$dir"
    write_config "$name" "$port" "$auth"
    # setsid + nohup: survive the caller's shell / process group.
    setsid nohup "$REGISTRY_BIN" serve "$dir/config.yml" >"$dir/registry.log" 2>&1 </dev/null &
    echo $! >"$dir/registry.pid"
    wait_ready "$name" "$port" "$auth"
}

wait_ready() { # name port auth
    local name=$1 port=$2 auth=$3 dir="$STATE/$1" want=200 code i
    [ "$auth" = 1 ] && want=401
    for ((i = 0; i < WAIT_SECS * 10; i++)); do
        code=$(http_code "$port")
        if [ "$code" = "$want" ]; then
            if [ "$auth" = 1 ]; then
                code=$(http_code "$port" -u "$AUTH_USER:$AUTH_PASS")
                [ "$code" = 200 ] || { tail -n 30 "$dir/registry.log" >&2 || true; die "$name registry on $HOST:$port rejects $AUTH_USER:$AUTH_PASS (HTTP $code)"; }
            fi
            return 0
        fi
        if ! running "$(cat "$dir/registry.pid" 2>/dev/null)"; then
            echo "--- $dir/registry.log (tail) ---" >&2
            tail -n 30 "$dir/registry.log" >&2 || true
            die "$name registry ($REGISTRY_BIN) exited before answering on $HOST:$port"
        fi
        sleep 0.1
    done
    echo "--- $dir/registry.log (tail) ---" >&2
    tail -n 30 "$dir/registry.log" >&2 || true
    die "$name registry did not answer on http://$HOST:$port/v2/ within ${WAIT_SECS}s (last HTTP code: ${code:-none}, want $want)"
}

stop_one() { # name
    local name=$1 dir="$STATE/$1" pid i
    if pid_alive "$name"; then
        pid=$(cat "$dir/registry.pid")
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < 50; i++)); do
            [ -d "/proc/$pid" ] || break
            sleep 0.1
        done
        if [ -d "/proc/$pid" ]; then
            kill -9 "$pid" 2>/dev/null || true
        fi
    fi
}

cmd="${1:-}"
case "$cmd" in
start)
    [ -x "$REGISTRY_BIN" ] || die "$REGISTRY_BIN not found (run tests/setup/install.sh as root)"
    command -v curl >/dev/null || die "curl not found (run tests/setup/install.sh as root)"
    mkdir -p "$STATE" || die "cannot create state dir $STATE"
    [ -w "$STATE" ] || die "state dir $STATE is not writable by $(id -un); set GORAE_TEST_STATE or stop the registries as their owner"
    start_one plain "$PLAIN_PORT" 0
    start_one auth "$AUTH_PORT" 1
    ;;
stop)
    stop_one plain
    stop_one auth
    rm -rf "$STATE"
    ;;
status)
    rc=0
    [ "$(http_code "$PLAIN_PORT")" = 200 ] || { echo "registry on $HOST:$PLAIN_PORT is not answering" >&2; rc=1; }
    [ "$(http_code "$AUTH_PORT" -u "$AUTH_USER:$AUTH_PASS")" = 200 ] || { echo "auth registry on $HOST:$AUTH_PORT is not answering" >&2; rc=1; }
    exit $rc
    ;;
url)
    case "${2:-}" in
    "" | plain) echo "$HOST:$PLAIN_PORT" ;;
    auth) echo "$HOST:$AUTH_PORT" ;;
    *) usage ;;
    esac
    ;;
*) usage ;;
esac
