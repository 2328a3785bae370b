#!/usr/bin/env bash
# Scores sitrep on every development gold set and rewrites the accuracy table in README.md.
# Usage: scripts/eval-all.sh [EVAL_DIR] [SEED_DIR]   (defaults: ../shared/eval and ../shared/seed)
# Reports land in out/eval/<set>/ (report.md, report.json, errors.jsonl); nothing from the gold sets is
# written into the repository except the headline figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="${1:-$root/../shared/eval}"
seed_dir="${2:-$root/../shared/seed}"
out="$root/out/eval"
mkdir -p "$out"
export SITREP_NO_PROGRESS=1
rows=()
run() { # name task gold [extra args]
  local name=$1 task=$2 gold=$3; shift 3; local extra=("$@")
  [ -f "$gold" ] || { echo "skip $name: $gold not found" >&2; return; }
  local cmd="./sitrep eval --task $task --gold ${gold#$root/} ${extra[*]} --report out/eval/$name --json"
  echo "== $name: $cmd" >&2
  local start=$(date +%s)
  local json
  json=$("$root/sitrep" eval --task "$task" --gold "$gold" "${extra[@]}" --report "$out/$name" --json 2>"$out/$name.log" | tail -1) || { echo "failed: see $out/$name.log" >&2; return; }
  local secs=$(( $(date +%s) - start ))
  local figures
  figures=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(", ".join(f"{k} {v}" for k,v in d.items() if v is not None))' "$json")
  rows+=("| $name | $task | $figures | \`$cmd\` (${secs}s) |")
}
run seed-albu-kamal events "$seed_dir/albu-kamal.events.jsonl"
run case2021-finegrained classify "$eval_dir/case2021-finegrained/classify.jsonl"
run event-location eventloc "$eval_dir/event-location/eventloc.jsonl"
run geowebnews geoparse "$eval_dir/geowebnews/geoparse.jsonl"
run timebank-aquaint timex "$eval_dir/timebank-aquaint/timex.jsonl"
run muc4-dev events "$eval_dir/muc4-dev/events.jsonl" ${MUC_LIMIT:+--limit $MUC_LIMIT}
run ecbplus clusters "$eval_dir/ecbplus/clusters.jsonl"
run giveme5w1h 5w1h "$eval_dir/giveme5w1h/gold_training.jsonl"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores; paths relative to the repository, gold from \`../shared\`."
  echo
  echo "| set | task | figures (fractions 0-1; km; counts) | command (wall time) |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$out/table.md"
python3 - "$root/README.md" "$out/table.md" <<'PY'
import sys, re
readme, table = sys.argv[1], open(sys.argv[2]).read()
s = open(readme).read()
s = re.sub(r"<!-- accuracy:start -->.*<!-- accuracy:end -->", "<!-- accuracy:start -->\n" + table + "<!-- accuracy:end -->", s, flags=re.S)
open(readme, "w").write(s)
PY
cat "$out/table.md"
