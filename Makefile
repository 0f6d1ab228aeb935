# Spyline: `make run` opens the window, `make test` runs every test. Both install what is missing.
.PHONY: all deps configure build run package test test-dev test-asan fuzz bench format lint clean

all: build

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake --preset dev >/dev/null

build: configure
	@cmake --build --preset dev

run: build
	./build/app/spyline $(ARGS)

# The Debian package, build/spyline_VERSION_ARCH.deb: sudo apt install ./build/spyline_*.deb
package: build
	@cmake --build --preset dev --target package

test: test-dev test-asan

# The suite builds with warnings as errors, as CI does; an everyday build only shows them.
test-dev: deps
	@cmake --preset dev -DSPYLINE_WERROR=ON >/dev/null
	@cmake --build --preset dev
	ctest --preset dev

test-asan: deps
	@cmake --preset dev-asan >/dev/null
	@cmake --build --preset dev-asan
	ctest --preset dev-asan

# Each parser fuzzed for FUZZ_SECONDS (default 60) under ASan and UBSan.
FUZZ_SECONDS ?= 60
fuzz: deps
	@cmake --preset dev-asan >/dev/null
	@cmake --build --preset dev-asan --target partial_date_fuzzer csv_import_fuzzer json_import_fuzzer collection_reader_fuzzer option_parser_fuzzer sheet_import_fuzzer
	./scripts/run-fuzzers.sh $(FUZZ_SECONDS)

# Every benchmark, then the table of targets; BENCH_FILTER picks benchmarks by name.
bench: build
	./scripts/run-benchmarks.sh build

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

# clang-tidy and clazy over the sources changed since LINT_BASE (default main; --all for every one).
LINT_BASE ?= main
lint: build
	./scripts/check-lint.sh build $(LINT_BASE)

clean:
	rm -rf build build-asan
