#!/usr/bin/env bash
# Runs every DocsGen test on a fresh Debian machine, and again and again on the same one.
#   1. installs what is missing: Debian's Chromium for the browser tests (never Playwright's download);
#   2. builds the solution once, in Release;
#   3. runs the unit tests and the browser tests, each writing a TRX file to tests/.artifacts/results;
#   4. adds up the TRX counters and prints, as the last line, "N passed, N failed".
# Exits non-zero when a test failed, a test run crashed, or a run executed no test at all.
# CI calls it through .ci/run (CI=true, no stdin). The .NET SDK comes with the machine; Debian does
# not package it. npm tools the tests use (the SARIF 2.1.0 schema, MiniSearch, Prism) go to tests/.artifacts/npm.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/tests/.artifacts/results"
PROJECTS=(tests/DocsGen.Tests tests/DocsGen.Browser.Tests)
# A hung test run is killed after this long; the whole suite normally takes a few minutes.
HANG_TIMEOUT="${DOCSGEN_TEST_HANG_TIMEOUT:-8m}"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

say() { printf '==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
    say "need root (or sudo) to run: $*"; return 1; fi
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root apt-get update -qq || return 1
    APT_UPDATED=1
  fi
  as_root apt-get install -y -qq "$@"
}

install_missing() {
  if ! command -v dotnet >/dev/null; then
    say "the .NET SDK (dotnet) is not on PATH; install .NET 10 (see global.json) and run again"
    return 1
  fi
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's chromium for the browser tests"
    apt_install chromium || { say "could not install chromium"; return 1; }
  fi
  local npm_dir="$ROOT/tests/.artifacts/npm"
  # MiniSearch: the search relevance test ranks the same queries with it, to compare in one run.
  if [ ! -f "$npm_dir/node_modules/@microsoft/jest-sarif/package.json" ] || [ ! -f "$npm_dir/node_modules/minisearch/package.json" ]; then
    say "installing npm test tools into tests/.artifacts/npm"
    command -v npm >/dev/null || apt_install nodejs npm || { say "could not install npm"; return 1; }
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$npm_dir" \
      @microsoft/jest-sarif@1.0.0-beta.0 minisearch@7.2.0 || { say "npm install failed"; return 1; }
  fi
  # Prism gets a folder of its own: npm prunes packages a later --no-save install does not name.
  local prism_dir="$ROOT/tests/.artifacts/prism"
  if [ ! -x "$prism_dir/node_modules/.bin/prism" ]; then
    say "installing Prism (@stoplight/prism-cli), the third-party mock server the playground and sample runs are tested against"
    command -v npm >/dev/null || apt_install nodejs npm || { say "could not install npm"; return 1; }
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$prism_dir" \
      @stoplight/prism-cli@5.16.0 || { say "npm install prism failed"; return 1; }
  fi
  # Generated code samples run in their own languages (GeneratedSampleRunTests): curl, Python with requests, Go, Java.
  local samples=()
  command -v curl >/dev/null || samples+=(curl)
  python3 -c "import requests" 2>/dev/null || samples+=(python3-requests)
  command -v go >/dev/null || samples+=(golang-go)
  command -v javac >/dev/null || samples+=(default-jdk-headless)
  if [ ${#samples[@]} -gt 0 ]; then
    say "installing ${samples[*]} for the code sample runs"
    apt_install "${samples[@]}" || { say "could not install ${samples[*]}"; return 1; }
  fi
  local axe_dir="$ROOT/tests/DocsGen.Browser.Tests"
  if [ ! -f "$axe_dir/node_modules/axe-core/axe.min.js" ]; then
    say "installing axe-core for the accessibility tests"
    (cd "$axe_dir" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error axe-core@4) \
      || { say "npm install axe-core failed"; return 1; }
  fi
}

# Prints "passed failed executed" read from one TRX file's <Counters .../> element.
trx_counts() {
  local counters
  counters="$(grep -o '<Counters [^>]*>' "$1" | head -n 1)"
  local get
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  local passed failed executed error timeout aborted
  passed="$(get passed)"; failed="$(get failed)"; executed="$(get executed)"
  error="$(get error)"; timeout="$(get timeout)"; aborted="$(get aborted)"
  echo "${passed:-0} $(( ${failed:-0} + ${error:-0} + ${timeout:-0} + ${aborted:-0} )) ${executed:-0}"
}

cd "$ROOT" || exit 2
install_missing || { echo "0 passed, 0 failed"; exit 2; }

say "building DocsGen.sln (Release)"
if ! dotnet build DocsGen.sln -c Release -nologo; then
  say "the build failed; no test ran"
  echo "0 passed, 0 failed"
  exit 1
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
total_passed=0
total_failed=0
broken_runs=()
for project in "${PROJECTS[@]}"; do
  name="$(basename "$project")"
  say "testing $name"
  # Size measurements over 10,000 pages and whole Stripe/GitHub sites are benchmarks, not checks:
  # they run with DOCSGEN_SLOW_TESTS=1 (several minutes), like the tests/DocsGen.Bench harness.
  filter=()
  [ "${DOCSGEN_SLOW_TESTS:-0}" = "1" ] || filter=(--filter "Category!=Slow")
  dotnet test "$project" --no-build -c Release -nologo "${filter[@]}" \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
    --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none
  status=$?
  trx="$RESULTS/$name.trx"
  if [ ! -f "$trx" ]; then
    say "$name: no TRX file: the test run crashed (exit code $status)"
    broken_runs+=("$name")
    continue
  fi
  read -r passed failed executed < <(trx_counts "$trx")
  total_passed=$(( total_passed + passed ))
  total_failed=$(( total_failed + failed ))
  say "$name: $passed passed, $failed failed"
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.*testName="\([^"]*\)".*/    failed: \1/p' >&2
  if [ "$executed" -eq 0 ]; then
    say "$name: executed no test"
    broken_runs+=("$name")
  elif [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    say "$name: dotnet test exited with $status although no test failed: the run crashed or hung"
    broken_runs+=("$name")
  fi
done

exit_code=0
if [ "${#broken_runs[@]}" -gt 0 ]; then
  say "broken test runs: ${broken_runs[*]}"
  exit_code=1
fi
if [ "$total_failed" -gt 0 ]; then
  exit_code=1
fi
echo "$total_passed passed, $total_failed failed"
exit "$exit_code"
