# press: `make site` builds the generator and the site; `make test` runs the whole suite.
# Both install what is missing: Debian packages with apt-get (as root), test tools with npm ci.

BUILD_DIR ?= build
JOBS ?= $(shell nproc)

# Debian packages the generator is built from.
BUILD_PACKAGES := cmake g++ make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev \
  libpugixml-dev libyaml-cpp-dev libcli11-dev libicu-dev libgettextpo-dev libxml2-dev \
  libharfbuzz-dev zlib1g-dev librsvg2-dev libcairo2-dev libpng-dev libxxhash-dev libcpp-httplib-dev \
  fonts-noto-core fonts-noto-cjk
# Debian packages only the tests use: Catch2 and libzip (the unit tests), gettext's msgfmt,
# Java for the Nu checker and epubcheck, Chromium for axe, Node and npm for the test tools.
TEST_PACKAGES := catch2 libzip-dev gettext default-jre-headless chromium epubcheck nodejs npm python3-feedparser

CMAKE_CONFIGURE = cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Extra configure flags, for the test that builds press with every test-only package hidden.
PRESS_CMAKE_FLAGS ?=

.PHONY: all site press press-configure build test test-sanitize test-tsan deps test-deps bench fuzz fresh-check clean

all: site

site: press
	$(BUILD_DIR)/press build --source . --out site

# Only the press executable: no test library is looked for, no test is compiled.
press: press-configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target press

press-configure: deps
	$(CMAKE_CONFIGURE) -DBUILD_TESTING=OFF $(PRESS_CMAKE_FLAGS)

# press and the whole test suite.
build: test-deps
	$(CMAKE_CONFIGURE) -DBUILD_TESTING=ON
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

deps:
	@tests/tools/install_packages.sh $(BUILD_PACKAGES)

test-deps: deps
	@tests/tools/install_packages.sh $(TEST_PACKAGES)
	@cd tests/tools && if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then \
	  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund; fi

# The benchmark against Hugo on a synthetic corpus (slow; not part of `make test`).
bench: test-deps build
	@tests/tools/install_packages.sh hugo hyperfine time
	tests/bench/run_bench.sh $(BENCH_SIZES)

# The unit tests, a build of the real site and the hostile inputs, all under AddressSanitizer and
# UBSan (in their own folder): any report fails.
SANITIZE_DIR ?= build-sanitize
test-sanitize: test-deps
	cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DPRESS_SANITIZE=ON
	cmake --build $(SANITIZE_DIR) -j $(JOBS) --target press press_tests
	tests/tools/run_sanitized.sh $(SANITIZE_DIR)

# The build's threads (page rendering, e-books, the preview server) under ThreadSanitizer, in
# their own folder: the real site built with more workers than cores, a rebuild, and the unit
# tests of the pipeline and the server. Any race report fails.
TSAN_DIR ?= build-tsan
test-tsan: test-deps
	cmake -S . -B $(TSAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DPRESS_TSAN=ON
	cmake --build $(TSAN_DIR) -j $(JOBS) --target press press_tests
	tests/tools/run_tsan.sh $(TSAN_DIR)

# The libFuzzer targets (tests/fuzz), built by clang with AddressSanitizer and UBSan in their own
# folder, each run for FUZZ_SECONDS from the committed corpus and the project's own files.
# FUZZ_KEEP=1 merges what each run found, minimised, into the committed corpus.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_PACKAGES := clang libclang-rt-14-dev
fuzz: deps
	@tests/tools/install_packages.sh $(FUZZ_PACKAGES)
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF -DPRESS_FUZZ=ON
	cmake --build $(FUZZ_DIR) -j $(JOBS)
	tests/fuzz/run_fuzzers.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# A new user's first commands on a brand-new Debian 12 root (debootstrap): `make site`, then
# `make test`. Slow (tens of minutes) and needs root; run it before changing dependencies.
fresh-check:
	tests/tools/fresh_check.sh $(FRESH_ROOT)

clean:
	rm -rf $(BUILD_DIR) $(FUZZ_DIR) $(SANITIZE_DIR) site site.tmp site.old site.lock
