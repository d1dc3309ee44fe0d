# lint-config — set-up, build, test, demo. `make setup && make demo` and `make test` are all a
# fresh machine needs.
SWIFT      ?= swift
PREFIX     ?= /usr/local
CONFIG     ?= debug
BIN         = .build/$(CONFIG)/lint-config

.PHONY: setup build release test demo install schemas bench bench-facts bench-workflow clean golden docs drift fuzz fuzz-build

## Install what the build needs: libyaml's headers (Debian: libyaml-dev) when pkg-config lacks them,
## and PostgreSQL (Debian: postgresql) for the schema oracle tests when initdb is on neither PATH
## nor /usr/lib/postgresql/*/bin.
setup:
	@if pkg-config --exists yaml-0.1 2>/dev/null; then \
	  echo "libyaml: $$(pkg-config --modversion yaml-0.1) (present)"; \
	else \
	  echo "installing libyaml-dev and pkg-config"; \
	  (apt-get update -qq && apt-get install -y -qq libyaml-dev pkg-config) || \
	  (sudo apt-get update -qq && sudo apt-get install -y -qq libyaml-dev pkg-config); \
	fi
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "postgresql: present"; \
	else \
	  echo "installing postgresql (the schema oracle tests start a throwaway cluster)"; \
	  (apt-get update -qq && apt-get install -y -qq postgresql) || \
	  (sudo apt-get update -qq && sudo apt-get install -y -qq postgresql); \
	fi

## Release binaries link the Swift runtime statically: a pre-commit hook is one short process,
## and loading the shared runtime cost ~5 ms of a 44 ms check of Examples/ (measured with perf stat).
RELEASE_FLAGS ?= --static-swift-stdlib

build: setup
	$(SWIFT) build -c $(CONFIG) $(if $(filter release,$(CONFIG)),$(RELEASE_FLAGS))

release:
	$(MAKE) build CONFIG=release

test: setup
	$(SWIFT) test

## Run the linter on the embedded example workspace. Examples/ holds defects planted on purpose, so
## lint-config exits 1 there; the demo reports that as success (any other status is a real failure).
demo: build
	@status=0; $(BIN) check --workspace Examples || status=$$?; \
	if [ $$status -eq 1 ]; then \
	  echo "make demo: the findings above are the defects planted in Examples/ on purpose (lint-config exits 1 when it finds some); the demo worked."; \
	else exit $$status; fi

install: release
	install -d $(PREFIX)/bin
	install -m 0755 .build/release/lint-config $(PREFIX)/bin/lint-config

## Re-embed the JSON Schemas the binary validates with (a test fails when a copy is stale).
schemas:
	@for pair in kamal-deploy:Formats/Kamal/KamalSchema lint-config:Workspace/WorkspaceConfigSchema; do \
	  schema=$${pair%%:*}; target=Sources/LintConfig/$${pair#*:}+JSON.swift; type=$$(basename $${pair#*:}); \
	  { printf '// Written by `make schemas` from Schemas/%s.schema.json; edit that file, not this one.\n\n' $$schema; \
	    printf 'extension %s {\n    static let json = ##"""\n' $$type; \
	    cat Schemas/$$schema.schema.json; \
	    printf '"""##\n}\n'; } > $$target; \
	  echo "wrote $$target"; \
	done

## SQL front-end throughput (release build) on a generated ≥20 MB migration corpus, against squawk
## and pglast on the same files. The peers are installed with pip when missing; if that fails the
## benchmark says so and still prints lint-config's numbers.
bench:
	@command -v squawk >/dev/null 2>&1 || pip install -q squawk-cli || echo "bench: could not install squawk-cli; squawk numbers will be missing"
	@python3 -c "import pglast" >/dev/null 2>&1 || pip install -q pglast || echo "bench: could not install pglast; pglast numbers will be missing"
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lint-config-bench
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lint-config
	.build/release/lint-config-bench --corpus .build-bench-corpus --megabytes 20 --runs 5

## The pre-commit workflow alone, whole processes of the release binary: `check --staged` with
## nothing relevant staged (target < 20 ms) and a full `check` of Examples/ (target < 30 ms).
bench-workflow:
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lint-config-bench
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lint-config
	.build/release/lint-config-bench --workflow-only --runs 21

## TS/JS fact extraction alone (lex + every extractor + name resolution) on ≥ 50 MB of generated TS.
bench-facts:
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lint-config-bench
	.build/release/lint-config-bench --facts-only --runs 3

## libFuzzer targets, one per front end (Fuzz/, README "Fuzzing"): built with -sanitize=fuzzer,address
## into .build-fuzz/, then run one after another for FUZZ_SECONDS each (FUZZ_TARGETS: a subset).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz-build: setup
	SWIFT=$(SWIFT) Fuzz/fuzz.sh build

fuzz: fuzz-build
	Fuzz/fuzz.sh run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf .build .build-bench-corpus .build-fuzz

## Rewrite the reporters' golden files and this repository's Baselines/ from Examples/ (review the diff before committing).
golden:
	LINT_CONFIG_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenReportTests
	$(SWIFT) build --product lint-config
	$(BIN) baseline write --prune --workspace Examples --baseline-dir ../Baselines

## The drift check CI runs: Examples/ against the committed Baselines/ (exit 1 on drift).
drift: build
	$(BIN) baseline check --workspace Examples --baseline-dir ../Baselines

## Rewrite the rule table of README.md from the rule catalogue.
docs: build
	@$(BIN) rules --markdown > .build/rules-table.md
	@python3 -c 'import re,sys; t=open(".build/rules-table.md").read(); r=open("README.md").read(); \
	r=re.sub(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1)+t+m.group(2), r, flags=re.S); open("README.md","w").write(r)'
	@echo "README.md rule table updated"
