#!/bin/sh
# libFuzzer targets, one per front end (see README, "Fuzzing").
#
#   Fuzz/fuzz.sh build                  build every target into .build-fuzz/bin/fuzz-<target>
#   Fuzz/fuzz.sh run SECONDS [TARGET…]  run each target (all by default) for SECONDS, one after another
#   Fuzz/fuzz.sh replay TARGET FILE…    run inputs once (a crasher, or a corpus) and print each one's time
#
# The library is built by SwiftPM with the sanitizers (`swift build -Xswiftc -sanitize=fuzzer,address`,
# its own build path, so the normal build is untouched); each harness is one Swift file compiled and
# linked against those objects by swiftc — libFuzzer supplies `main`, which an executable target
# built by SwiftPM could not leave to it.
#
# Environment: FUZZ_CONFIG (release|debug, default release: more executions per second, same
# sanitizers), FUZZ_WORK (corpora, crashers and logs; default .build-fuzz/work), FUZZ_NICE (default 19),
# FUZZ_FLAGS (more libFuzzer flags; on a busy machine `-fork=1 -ignore_timeouts=1` keeps going past
# a timeout caused by waiting for the CPU, and `replay` then tells a slow input from a starved one).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/.build-fuzz"
TARGETS="kamal dotenv fly toml sql ts config"
SWIFT=${SWIFT:-swift}
SWIFTC=${SWIFTC:-swiftc}
CONFIG=${FUZZ_CONFIG:-release}
WORK=${FUZZ_WORK:-$BUILD/work}
NICE=${FUZZ_NICE:-19}
# Leaks in dependencies that no call of ours avoids, if any (each one explained in the file).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/Fuzz/lsan.supp:print_suppressions=0}

build() {
    cd "$ROOT"
    nice -n "$NICE" "$SWIFT" build -c "$CONFIG" --build-path "$BUILD" -Xswiftc -sanitize=fuzzer,address --target LintConfig
    products=$("$SWIFT" build -c "$CONFIG" --build-path "$BUILD" --show-bin-path)
    modules="$products/Modules"
    objects=$(find "$products/LintConfig.build" "$modules" -maxdepth 2 -name '*.o' | sort)
    case "$CONFIG" in release) optimise=-O ;; *) optimise=-Onone ;; esac
    mkdir -p "$BUILD/bin"
    for target in $TARGETS; do
        echo "linking fuzz-$target"
        # shellcheck disable=SC2086 # $objects is a list of paths without spaces (SwiftPM's own names)
        nice -n "$NICE" "$SWIFTC" -sanitize=fuzzer,address -parse-as-library "$optimise" -g \
            -I "$modules" -Xcc -fmodule-map-file="$ROOT/Sources/CYAML/module.modulemap" \
            "$ROOT/Fuzz/Support/FuzzProduct.swift" "$ROOT/Fuzz/$target.swift" \
            $objects -lyaml -o "$BUILD/bin/fuzz-$target.new" 2>&1 \
            | grep -v "Cannot export local symbol '__asan" || true
        # Renamed into place, so that a run in progress (fork mode starts the binary again and
        # again) never starts a half-written one.
        test -x "$BUILD/bin/fuzz-$target.new" && mv -f "$BUILD/bin/fuzz-$target.new" "$BUILD/bin/fuzz-$target"
    done
}

# Seeds: the example workspace and the tests' fixture files of the target's format, plus Fuzz/Seeds/<target>.
seeds() {
    target=$1 into=$2
    rm -rf "$into" && mkdir -p "$into"
    cd "$ROOT"
    case $target in
        kamal) find Examples Tests/LintConfigTests/Fixtures/Kamal -type f \( -name '*.yml' -o -name 'secrets*' \) ;;
        dotenv) find Examples Tests/LintConfigTests/Fixtures -type f \( -name '.env*' -o -name '*.env.example' \) ;;
        fly) find Examples Tests/LintConfigTests/Fixtures -type f -name 'fly-secrets*' ;;
        toml) find Examples Tests/LintConfigTests/Fixtures -type f -name '*.toml' ;;
        sql) find Examples Tests/LintConfigTests/Fixtures -type f -name '*.sql' ;;
        ts) find Examples Tests/LintConfigTests/Fixtures -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.js' \) ;;
        config) find Examples Tests/LintConfigTests/Fixtures -type f -name 'lint-config.yml' ;;
    esac | while read -r file; do
        cp "$file" "$into/$(echo "$file" | tr '/' '_')"
    done
    if [ -d "Fuzz/Seeds/$target" ]; then cp Fuzz/Seeds/"$target"/* "$into/"; fi
}

run() {
    seconds=$1; shift
    [ $# -gt 0 ] || set -- $TARGETS
    for target in "$@"; do
        binary="$BUILD/bin/fuzz-$target"
        [ -x "$binary" ] || { echo "fuzz: $binary is missing; run \`make fuzz-build\`" >&2; exit 2; }
        corpus="$WORK/corpus/$target" crashes="$WORK/crashes/$target" log="$WORK/logs/$target.log"
        mkdir -p "$corpus" "$crashes" "$WORK/logs"
        seeds "$target" "$WORK/seeds/$target"
        echo "fuzz-$target: ${seconds}s, corpus $corpus, log $log"
        status=0
        # -timeout=1: an input over one second is a finding; -rss_limit_mb: so is unbounded memory.
        ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:malloc_context_size=10} nice -n "$NICE" "$binary" \
            -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$crashes/" ${FUZZ_FLAGS:-} "$corpus" "$WORK/seeds/$target" >"$log" 2>&1 || status=$?
        grep -E '^(stat::|Done|==[0-9]+==ERROR|SUMMARY|INFO: exiting)' "$log" || true
        grep -E '^#[0-9]+: cov' "$log" | tail -1 || true
        if [ "$status" -ne 0 ]; then
            echo "fuzz-$target FAILED (exit $status): crasher in $crashes; see $log" >&2
            exit 1
        fi
    done
}

# Each input in a process of its own, with the CPU time it took (user+sys, which waiting for a busy
# CPU does not inflate) beside libFuzzer's verdict.
replay() {
    target=$1; shift
    for input in "$@"; do
        times=$(mktemp)
        verdict=$(ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} /usr/bin/time -f '%U %S %M' -o "$times" \
            "$BUILD/bin/fuzz-$target" -timeout=30 -rss_limit_mb=2048 "$input" 2>&1 \
            | grep -E '^(Executed|==[0-9]+==ERROR|SUMMARY)' | tr '\n' ' ')
        awk -v f="$input" -v v="$verdict" '{ printf "%.2f s CPU  %d MB  %s  %s\n", $1 + $2, $3 / 1024, f, v }' "$times"
        rm -f "$times"
    done
}

command=${1:-}
[ $# -gt 0 ] && shift
case $command in
    build) build ;;
    run) run "$@" ;;
    replay) replay "$@" ;;
    *) echo "usage: Fuzz/fuzz.sh build | run SECONDS [TARGET…] | replay TARGET FILE…" >&2; exit 2 ;;
esac
