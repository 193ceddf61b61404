# SamenBeter — a thin layer over CMake and npm.
#   make run     install what is missing, build a release binary, load demo data if new, serve on :8080
#   make test    install what is missing, build with sanitizers and warnings as errors, run every suite
#   make bench   benchmarks (not tests); figures go to docs/PERFORMANCE.md
#   make run-cluster  the same app on PostgreSQL: two server processes behind nginx (scripts/run-cluster.sh)
#   make fuzz    the libFuzzer targets, FUZZ_SECONDS (default 600) each, one at a time (docs/RELIABILITY.md)
SHELL := /bin/bash
PORT ?= $(or $(SAMENBETER_PORT),8080)
DATA_DIR ?= $(or $(SAMENBETER_DATA_DIR),data)
FUZZ_SECONDS ?= 600

.PHONY: run run-cluster test bench fuzz deps web release debug clean

run:
	scripts/install-deps.sh run
	$(MAKE) --no-print-directory web release
	build/release/samenbeter demo --if-empty --data-dir "$(DATA_DIR)"
	build/release/samenbeter serve --data-dir "$(DATA_DIR)" --port "$(PORT)"

run-cluster:
	scripts/install-deps.sh cluster
	$(MAKE) --no-print-directory web release
	PORT="$(PORT)" scripts/run-cluster.sh

test:
	scripts/install-deps.sh test
	scripts/run-tests.sh

bench:
	scripts/install-deps.sh bench
	$(MAKE) --no-print-directory web release
	bench/run.sh

fuzz:
	scripts/install-deps.sh fuzz
	scripts/fuzz.sh "$(FUZZ_SECONDS)"

web:
	cd web && npm run build --silent

release:
	cmake --preset release >/dev/null
	cmake --build --preset release --target samenbeter

debug:
	cmake --preset debug >/dev/null
	cmake --build --preset debug

clean:
	rm -rf build web/dist
