#!/usr/bin/env bash
# CPU seconds a JVM spends per thread group over an interval, from /proc (no agent), as shares of all the machine's
# core-seconds: where a run's cores go — the embedding threads, JIT compilers, GC, ingestion workers, virtual-thread
# carriers (HTTP) — what other processes (PostgreSQL, the client) took, and how much sat idle.
# Usage: bench/cpu-split.sh PID SECONDS   (then the other processes by name: postgres, node, kernel threads)
set -euo pipefail
PID=$1
SECONDS_TO_SAMPLE=$2
TICKS=$(getconf CLK_TCK)
# "file name ticks" for each /proc stat file given: the name from the stat line with its trailing number cut off
# (embedding-0 → embedding, kworker/1:1 → kworker), the ticks its user + system time. Threads and processes that end
# while the files are read are skipped.
stat_ticks() {
  awk '{ i = index($0, "("); j = index($0, ") "); n = substr($0, i + 1, j - i - 1)
         gsub(/[-#\/: 0-9]+$/, "", n); gsub(/ /, "_", n)
         split(substr($0, j + 2), x, " "); print FILENAME, n, x[12] + x[13] }' "$@" 2>/dev/null || true
}
snapshot() { stat_ticks /proc/"$PID"/task/*/stat; } # per thread of the JVM
others() { stat_ticks /proc/[0-9]*/stat | grep -v "^/proc/$PID/stat " || true; } # every other process, kernel threads too
process_ticks() { stat_ticks /proc/"$PID"/stat | awk '{ print $3 }'; } # the JVM's total, threads that ended included
idle() { awk '/^cpu / {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; } # idle, all
read -r idle0 all0 < <(idle); before=$(snapshot); others0=$(others); proc0=$(process_ticks)
sleep "$SECONDS_TO_SAMPLE"
after=$(snapshot); others1=$(others); proc1=$(process_ticks); read -r idle1 all1 < <(idle)
# per thread: ticks after minus ticks before (threads born during the interval count from 0)
join -a 2 -e 0 -o 2.2,1.3,2.3 <(echo "$before" | sort -k1,1) <(echo "$after" | sort -k1,1) |
  awk -v hz="$TICKS" -v idle="$(( idle1 - idle0 ))" -v all="$(( all1 - all0 ))" -v proc="$(( proc1 - proc0 ))" '
    { cpu[$1] += ($3 - $2) / hz; total += ($3 - $2) / hz }
    END {
      # threads that ended before the second snapshot (Lucene merge threads, for one) are missing from the rows but
      # counted in the process total
      ended = proc / hz - total; if (ended >= 0.05) cpu["(threads that ended)"] = ended
      total = proc / hz
      # shares of all core-seconds of the machine in the interval
      for (g in cpu) if (cpu[g] >= 0.05) printf "%-28s %8.1f s  %5.1f %%\n", g, cpu[g], 100 * cpu[g] * hz / all
      printf "%-28s %8.1f s  %5.1f %%\n", "== this process", total, 100 * total * hz / all
      printf "%-28s %8.1f s  %5.1f %%\n", "== other processes", (all - idle) / hz - total, 100 * ((all - idle) / hz - total) * hz / all
      printf "%-28s %8.1f s  %5.1f %%\n", "== machine idle", idle / hz, 100 * idle / all
    }' | sort -k2,2 -rn
# the other processes by name (postgres, node, kworker, ...): the largest ones
echo "-- other processes by name:"
join -a 2 -e 0 -o 2.2,1.3,2.3 <(echo "$others0" | sort -k1,1) <(echo "$others1" | sort -k1,1) |
  awk -v hz="$TICKS" -v all="$(( all1 - all0 ))" '
    { cpu[$1] += ($3 - $2) / hz }
    END { for (g in cpu) if (cpu[g] >= 0.05) printf "   %-25s %8.1f s  %5.1f %%\n", g, cpu[g], 100 * cpu[g] * hz / all }' |
  sort -k2,2 -rn
