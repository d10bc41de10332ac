#!/usr/bin/env bash
# A private Redis for the queue example's tests and benchmark (examples/queue):
# Debian's redis-server on a free loopback port, persistence off, its own
# directory under .tmp/redis. Never the machine's Redis, never another address.
#
#   export REDIS_URL=$(bash scripts/redis.sh start)   # prints redis://127.0.0.1:<port>
#   bash scripts/redis.sh stop                        # stops it (no-op when not running)
#
# REDIS_PORT picks the port; by default the kernel picks a free one. .ci/run
# starts it before the tests and stops it on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.tmp/redis
pidfile="$PWD/$dir/redis.pid"

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    echo "redis-server is not installed (Debian: apt-get install -y redis-server)" >&2
    return 1
  fi
  mkdir -p "$dir"
  if pid=$(running_pid); then
    echo "a private Redis already runs (pid $pid); stop it first" >&2
    return 1
  fi
  local port=${REDIS_PORT:-}
  if [ -z "$port" ]; then
    # A port the kernel says is free now; redis-server takes it a moment later.
    port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  fi
  rm -f "$dir/redis.log"
  redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes \
    --save '' --appendonly no --dir "$PWD/$dir" \
    --daemonize yes --pidfile "$pidfile" --logfile "$PWD/$dir/redis.log" >/dev/null
  for _ in $(seq 1 50); do
    if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ]; then
      echo "redis://127.0.0.1:${port}"
      return 0
    fi
    sleep 0.1
  done
  echo "redis-server did not answer on 127.0.0.1:${port}; its log:" >&2
  cat "$dir/redis.log" >&2 2>/dev/null || true
  stop
  return 1
}

stop() {
  local pid
  pid=$(running_pid) || { rm -f "$pidfile"; return 0; }
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: bash scripts/redis.sh start|stop" >&2
    exit 2
    ;;
esac
