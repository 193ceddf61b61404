# Several server processes on a throwaway PostgreSQL cluster, with nginx in front (source it after
# bench/lib/http.sh; callers set `work`, a folder others may enter, and call stop_cluster on exit).
# As scripts/run-cluster.sh starts them, but on free ports and with the access log off.

cluster_processes=()  # the server processes' ids, then nginx's

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_cluster N: PostgreSQL in $work/pg, the demo data, N server processes; sets `ports`, `database`, `cluster_base`.
start_cluster() {
  scripts/postgres-cluster.sh start "$work/pg" >/dev/null
  database="postgresql://postgres@localhost/postgres?host=$work/pg&port=5432"
  SAMENBETER_DATABASE="$database" SAMENBETER_DATA_DIR="$work/files" "$bin" demo --if-empty >/dev/null
  ports=()
  local n upstreams=""
  for ((n = 0; n < $1; n++)); do
    ports+=("$(free_port)")
    SAMENBETER_DATABASE="$database" SAMENBETER_DATA_DIR="$work/files" \
      "$bin" serve --port "${ports[$n]}" --access-log false --trusted-proxies 127.0.0.1 >"$work/server-$n.out" 2>&1 &
    cluster_processes+=($!)
    upstreams+="    server 127.0.0.1:${ports[$n]} max_fails=1 fail_timeout=5s;\n"
  done
  local p
  for p in "${ports[@]}"; do
    for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$p/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
  done
  # nginx as deploy/nginx/cluster.conf has it, with one upstream line per process.
  local cluster_port
  cluster_port=$(free_port)
  mkdir -p "$work/nginx-cluster"
  sed -e "s|@WORK@/nginx|$work/nginx-cluster|g" -e "s|@PORT@|$cluster_port|g" \
    -e "/@PORT_B@/d" -e "s|^    server 127.0.0.1:@PORT_A@.*$|$upstreams|" \
    deploy/nginx/cluster.conf >"$work/nginx-cluster/nginx.conf"
  nginx -c "$work/nginx-cluster/nginx.conf" -p "$work/nginx-cluster" &
  cluster_processes+=($!)
  cluster_base="http://127.0.0.1:$cluster_port"
  for _ in $(seq 100); do curl -fsS "$cluster_base/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
}

# The server processes' ids, comma-separated.
cluster_pids() { local IFS=,; echo "${cluster_processes[*]:0:${#ports[@]}}"; }

stop_cluster() {
  local pid
  for pid in "${cluster_processes[@]}"; do kill "$pid" 2>/dev/null || true; done
  scripts/postgres-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
  stop_all
}
