#!/usr/bin/env bash
# Every benchmark, one after another; each writes its own section of docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")"
./http/run.sh
./board/run.sh
./cluster/run.sh
bash ./mentoring/run.sh
bash ./mentoring/browser.sh
./rhythm/run.sh
bash ./trajectory/run.sh
./lessons/run.sh
./lessons/uploads.sh
./programmes/run.sh
./voice/run.sh
./classboard/run.sh
bash ./measurements/run.sh
