#!/usr/bin/env bash
# Runs every benchmark and prints the figures (see docs/performance.md).
#   bench/run.sh            # all
#   bench/run.sh quick      # fewer runs and iterations, for a smoke test
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
runs=5; jmh=(-f 1 -wi 2 -i 5); edits=200
if [ "$mode" = quick ]; then runs=1; jmh=(-f 1 -wi 1 -i 1); edits=20; fi

mvn -B -q -DskipTests package -pl bench -am
work=bench/target/workload
if [ ! -d "$work/large" ]; then
  java -cp bench/target/benchmarks.jar org.touchbase.bench.WorkloadGenerator "$work/large" 1000 200000 1
fi
mkdir -p "$work/small"
cat > "$work/small/small.client" <<'CLIENT'
project small "Small" {
  goal "Launch"
  person anna "Anna" { decides backup goal "Growth" }
  source "Report"
  scenario "Plan B"
  plan { step s "Start" due 2026-12-01 }
  touch 2026-11-18 call with anna { purpose "Check in" benefit "News" }
}
CLIENT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# 1. check of 1,000 files / 200,000 touches: wall time and peak RSS, median of $runs runs
times=(); rss=()
for _ in $(seq "$runs"); do
  out=$( { /usr/bin/time -f "%e %M" ./touchbase check "$work/large" --today 2026-06-01 --format json --fail-on never > /dev/null; } 2>&1 | tail -1 )
  times+=("${out% *}"); rss+=("${out#* }")
done
echo "check, 1000 files / 200k touches: $(printf '%s\n' "${times[@]}" | median) s wall, $(( $(printf '%s\n' "${rss[@]}" | median) / 1024 )) MB peak RSS (median of $runs)"

# 1b. agenda of the same workspace: the same analysis, then the agenda (target: within 10% of check)
times=()
for _ in $(seq "$runs"); do
  out=$( { /usr/bin/time -f "%e" ./touchbase agenda "$work/large" --today 2026-06-01 --format json > /dev/null; } 2>&1 | tail -1 )
  times+=("$out")
done
echo "agenda, 1000 files / 200k touches: $(printf '%s\n' "${times[@]}" | median) s wall (median of $runs)"

# 1c. how check grows with the workspace: 1,000 to 10,000 files (200 touches a file), one run each
# but the first size (the median above); the figures are the rows of the plot in docs/performance.md
for files in 2000 5000 10000; do
  dir="$work/scale-$files"
  if [ ! -d "$dir" ]; then
    java -cp bench/target/benchmarks.jar org.touchbase.bench.WorkloadGenerator "$dir" "$files" $((files * 200)) 1
  fi
  out=$( { /usr/bin/time -f "%e %M" ./touchbase check "$dir" --today 2026-06-01 --format json --fail-on never > /dev/null; } 2>&1 | tail -1 )
  echo "check, $files files / $((files * 200 / 1000))k touches: ${out% *} s wall, $(( ${out#* } / 1024 )) MB peak RSS"
done

# 2. check of one small file, from process start
times=()
for _ in $(seq $((runs * 2))); do
  out=$( { /usr/bin/time -f "%e" ./touchbase check "$work/small" --fail-on never > /dev/null; } 2>&1 | tail -1 )
  times+=("$out")
done
echo "check, one small file: $(printf '%s\n' "${times[@]}" | median) s wall (median of $((runs * 2)))"

# 2b. the same on Java 25 or newer, from its ahead-of-time cache (./touchbase records it on the first run);
# set JAVA25_HOME to such a Java to measure it
if [ -n "${JAVA25_HOME:-}" ]; then
  JAVA_HOME="$JAVA25_HOME" ./touchbase check "$work/small" --fail-on never > /dev/null
  times=()
  for _ in $(seq $((runs * 2))); do
    out=$( { JAVA_HOME="$JAVA25_HOME" /usr/bin/time -f "%e" ./touchbase check "$work/small" --fail-on never > /dev/null; } 2>&1 | tail -1 )
    times+=("$out")
  done
  echo "check, one small file, Java $("$JAVA25_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2) with its AOT cache: $(printf '%s\n' "${times[@]}" | median) s wall (median of $((runs * 2)))"
fi

# 3. in-process: bare ANTLR parse (the floor), front end, full check
java -jar bench/target/benchmarks.jar CheckBenchmark "${jmh[@]}" -rf text -rff bench/target/jmh.txt > bench/target/jmh.log
grep -E "^CheckBenchmark|^Benchmark" bench/target/jmh.txt
awk '/bareAntlrParse/ {p=$(NF-3)} /fullCheck/ {c=$(NF-3)} END {if (p > 0) printf "full check / bare parse: %.2f\n", c / p}' bench/target/jmh.txt

# 4. language server
# start-up against a server process started as an editor starts it (./touchbase lsp); the rest
# in this process, with the JVM options ./touchbase lsp uses
java -Xmx2g -XX:+UseParallelGC -cp bench/target/benchmarks.jar org.touchbase.bench.LspBenchmark "$work/large" "$edits" \
  "$runs" ./touchbase lsp 2> bench/target/lsp.log

# 4b. what each practice rule costs on the 20,000-touch project, once compiled (CPU, each rule alone)
java -Xmx2g -XX:+UseParallelGC -cp bench/target/benchmarks.jar org.touchbase.bench.RuleBenchmark "$((edits / 2))"

# 5. report of a 5,000-touch project, from process start
if [ ! -d "$work/report" ]; then
  java -cp bench/target/benchmarks.jar org.touchbase.bench.WorkloadGenerator "$work/report" 1 5000 3
fi
times=()
for _ in $(seq "$runs"); do
  out=$( { /usr/bin/time -f "%e" ./touchbase report "$work/report" --today 2026-06-01 --out bench/target/report-out > /dev/null; } 2>&1 | tail -1 )
  times+=("$out")
done
echo "report, one 5,000-touch project (HTML, with trust history): $(printf '%s\n' "${times[@]}" | median) s wall (median of $runs)"

# 5b. report of the whole 1,000-file workspace: the portfolio page and a document per project, one run
out=$( { /usr/bin/time -f "%e %M" ./touchbase report "$work/large" --today 2026-06-01 --out bench/target/report-large > /dev/null; } 2>&1 | tail -1 )
echo "report, portfolio of 1000 files (250 projects, HTML): ${out% *} s wall, $(( ${out#* } / 1024 )) MB peak RSS"

# 6. import of an mbox of 10,000 messages into a 20-project workspace, from process start
if [ ! -d "$work/mail" ]; then
  java -cp bench/target/benchmarks.jar org.touchbase.bench.MailboxGenerator "$work/mail" 10000 1
fi
times=(); cpu=(); again=()
for _ in $(seq "$runs"); do
  rm -f "$work"/mail/workspace/p*-2026-*.client
  out=$( { /usr/bin/time -f "%e %U" ./touchbase import --workspace "$work/mail/workspace" "$work/mail/mail.mbox" > /dev/null; } 2>&1 | tail -1 )
  times+=("${out% *}"); cpu+=("${out#* }")
  out=$( { /usr/bin/time -f "%e" ./touchbase import --workspace "$work/mail/workspace" "$work/mail/mail.mbox" > /dev/null; } 2>&1 | tail -1 )
  again+=("$out")
done
echo "import, mbox of 10,000 messages: $(printf '%s\n' "${times[@]}" | median) s wall, $(printf '%s\n' "${cpu[@]}" | median) s user CPU; again (nothing new): $(printf '%s\n' "${again[@]}" | median) s wall (median of $runs)"
