#!/usr/bin/env bash
# CPU seconds a JVM spends per thread group over an interval, from /proc (no agent), as shares of all the machine's
# core-seconds: where a run's cores go — the embedding threads, JIT compilers, GC, ingestion workers, virtual-thread
# carriers (HTTP) — what other processes (PostgreSQL, the client) took, and how much sat idle.
# Usage: bench/cpu-split.sh PID SECONDS
set -euo pipefail
PID=$1
SECONDS_TO_SAMPLE=$2
TICKS=$(getconf CLK_TCK)
snapshot() { # "tid group ticks" per thread; the group is the thread name with its trailing number cut off
  awk '{ match($0, /\) /); split(substr($0, RSTART + 2), f, " "); print FILENAME, f[12] + f[13] }' \
    /proc/"$PID"/task/*/stat 2>/dev/null | while read -r file ticks; do
      tid=${file#/proc/"$PID"/task/}; tid=${tid%/stat}
      echo "$tid $(sed -E 's/[-#0-9 ]+$//; s/ /_/g' "/proc/$PID/task/$tid/comm" 2>/dev/null || echo gone) $ticks"
    done
}
idle() { awk '/^cpu / {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; } # idle, all
read -r idle0 all0 < <(idle); before=$(snapshot)
sleep "$SECONDS_TO_SAMPLE"
after=$(snapshot); read -r idle1 all1 < <(idle)
# per thread: ticks after minus ticks before (threads born during the interval count from 0)
join -a 2 -e 0 -o 2.2,1.3,2.3 <(echo "$before" | sort -k1,1) <(echo "$after" | sort -k1,1) |
  awk -v hz="$TICKS" -v idle="$(( idle1 - idle0 ))" -v all="$(( all1 - all0 ))" '
    { cpu[$1] += ($3 - $2) / hz; total += ($3 - $2) / hz }
    END {
      # shares of all core-seconds of the machine in the interval
      for (g in cpu) if (cpu[g] >= 0.05) printf "%-28s %8.1f s  %5.1f %%\n", g, cpu[g], 100 * cpu[g] * hz / all
      printf "%-28s %8.1f s  %5.1f %%\n", "== this process", total, 100 * total * hz / all
      printf "%-28s %8.1f s  %5.1f %%\n", "== other processes", (all - idle) / hz - total, 100 * ((all - idle) / hz - total) * hz / all
      printf "%-28s %8.1f s  %5.1f %%\n", "== machine idle", idle / hz, 100 * idle / all
    }' | sort -k2,2 -rn
