# press: `make site` builds the generator and the site; `make test` runs the whole suite.
# Both install what is missing: Debian packages with apt-get (as root), test tools with npm ci.

BUILD_DIR ?= build
JOBS ?= $(shell nproc)

# Debian packages the generator is built from.
BUILD_PACKAGES := cmake g++ make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev \
  libpugixml-dev libyaml-cpp-dev libcli11-dev libicu-dev libgettextpo-dev libxml2-dev \
  libharfbuzz-dev zlib1g-dev libzip-dev librsvg2-dev libcairo2-dev libpng-dev libxxhash-dev \
  fonts-noto-core fonts-noto-cjk
# Debian packages the tests add: Catch2, Java for the Nu checker, Chromium for axe, fonts, npm.
TEST_PACKAGES := catch2 gettext default-jre-headless chromium epubcheck nodejs npm

.PHONY: all site build test deps test-deps bench clean

all: site

site: build
	$(BUILD_DIR)/press build --source . --out site

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: test-deps build
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

clean:
	rm -rf $(BUILD_DIR) site site.tmp site.old
