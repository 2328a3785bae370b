#!/usr/bin/env bash
# Installs Debian's Chromium and its driver for the dashboard's browser tests, when they are missing.
# The browser comes from apt, never from a test tool's own download. Needs root (CI runs as root);
# without root it says what to run and exits 0, and the browser tests skip themselves with that reason.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ "$(id -u)" != "0" ]]; then
  echo "install-browser: Chromium is missing; run as root: apt-get install -y chromium chromium-driver (browser tests will be skipped)" >&2
  exit 0
fi
echo "install-browser: apt-get install chromium chromium-driver" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
