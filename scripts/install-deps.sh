#!/usr/bin/env bash
# Installs what SamenBeter needs on Debian 12 and is not there yet: the C++
# toolchain and libraries (apt), Node.js, and the npm packages of the web app
# and the test suites. Safe to run again: it only acts on what is missing.
#   scripts/install-deps.sh run     what `make run` needs
#   scripts/install-deps.sh test    plus test tools (GoogleTest, Chromium, LEMON, the sqlite3 shell the API tests read stored rows with,
#                                   PostgreSQL 15 for the throwaway cluster the contract and API tests also run on)
#   scripts/install-deps.sh cluster what `make run-cluster` needs besides: PostgreSQL 15, nginx, curl
#   scripts/install-deps.sh bench   plus benchmark tools (wrk, nginx-light, the sqlite3 shell that seeds the rhythm bench)
#   scripts/install-deps.sh fuzz    plus clang 16 with libFuzzer (clang 14 cannot compile libstdc++ 12's <expected>)
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-run}"

packages=(g++ cmake ninja-build ccache pkg-config make
          libboost1.81-dev libboost-json1.81-dev libboost-context1.81-dev libsqlite3-dev libsodium-dev
          libspdlog-dev libfmt-dev libcli11-dev libcurl4-openssl-dev libxlsxwriter-dev libqrencode-dev libgtest-dev libpq-dev nodejs)
case "$purpose" in
  test) packages+=(chromium liblemon-dev sqlite3 postgresql clang-16 libclang-rt-16-dev) ;;
  fuzz) packages+=(clang-16 libclang-rt-16-dev) ;;
  bench) packages+=(wrk nginx-light liblemon-dev libbenchmark-dev sqlite3 postgresql) ;;
  cluster) packages+=(postgresql nginx-light curl) ;;
esac
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing missing packages: ${missing[*]}"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages, reinstalled only when a lock file changed.
npm_install() {
  local folder="$1"
  local stamp="$folder/node_modules/.installed-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$folder/package-lock.json" "$stamp"; then
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
    mkdir -p "$folder/node_modules"
    cp "$folder/package-lock.json" "$stamp"
  fi
}
npm_install web
if [ "$purpose" = test ]; then
  npm_install tests/e2e
  npm_install tests/api
fi
