# Shared pieces of the HTTP benchmarks (source it): start the release server
# with demo data, sign in, start nginx as the same-run baseline, and measure
# one URL with wrk. Loopback only. Callers set `work` (a temporary folder) and
# call stop_all on exit.

bin="${bin:-build/release/samenbeter}"
server_pid=""
nginx_pid=""

stop_all() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}

# Starts samenbeter on a free port with demo data; sets `base`.
start_samenbeter() {
  "$bin" demo --data-dir "$work/data" >/dev/null
  "$bin" serve --data-dir "$work/data" --port 0 --access-log false > "$work/server.out" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do grep -q "listening on" "$work/server.out" && break; sleep 0.1; done
  port=$(grep -oE "127.0.0.1:[0-9]+" "$work/server.out" | head -1 | cut -d: -f2)
  base="http://127.0.0.1:$port"
}

# login_cookie EMAIL -> prints "sb_session=..."
login_cookie() {
  curl -s -D - -o /dev/null -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"demo-samenbeter\"}" "$base/api/v1/auth/login" |
    grep -i '^set-cookie' | grep -oE 'sb_session=[^;]+'
}

# Serves $work/www on a free port with nginx (Debian's nginx-light); sets `nginx_base`.
start_nginx() {
  # A port the kernel says is free now (the server's port + 1 may be some client's ephemeral port).
  local nginx_port
  nginx_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$work/nginx"
  chmod 755 "$work"  # nginx workers run as www-data
  cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  default_type application/json;
  client_body_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
  nginx_pid=$!
  nginx_base="http://127.0.0.1:$nginx_port"
  for _ in $(seq 50); do curl -s -o /dev/null "$nginx_base/" && return 0; sleep 0.1; done
  echo "nginx did not start on $nginx_port: $(tail -1 "$work/nginx/error.log")" >&2
  return 1
}

to_ms() {  # wrk prints 123.45us, 1.23ms or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}

# measure URL CONNECTIONS SECONDS [HEADER] -> "requests_per_second p50_ms p99_ms"
measure() {
  local url="$1" connections="$2" seconds="$3" header="${4:-}"
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  local out
  out=$(wrk "${args[@]}" "$url")
  if grep -qE "Non-2xx|Socket errors" <<<"$out"; then
    echo "WARNING $url: $(grep -E 'Non-2xx|Socket errors' <<<"$out")" >&2
  fi
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The server's CPU time so far (server_pid) in clock ticks: user and system time of /proc/PID/stat (all its threads).
server_cpu_ticks() { awk '{ print $14 + $15 }' /proc/"$server_pid"/stat; }

# cpu_ms URL COUNT: the server's CPU time per request in ms over COUNT sequential requests (ticks are 10 ms, hence
# 100 of them), after 20 that warm up the worker connections (each has its own SQLite page cache and statements).
cpu_ms() {
  for _ in $(seq 20); do curl -s -o /dev/null -H "Cookie: $cookie" "$1"; done
  local before after
  before=$(server_cpu_ticks)
  for _ in $(seq "$2"); do curl -s -o /dev/null -H "Cookie: $cookie" "$1"; done
  after=$(server_cpu_ticks)
  awk -v a="$after" -v b="$before" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (a - b) * 1000 / hz / n }'
}
