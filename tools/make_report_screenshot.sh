#!/usr/bin/env bash
# Regenerate docs/audit-report.png: audit the example claims and photograph the HTML report
# in headless Chromium (Debian package chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
kneecode audit examples/claims.csv --notes examples/notes.jsonl --html "$tmp/report.html" > /dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$tmp/profile" \
  --window-size=1280,1800 --screenshot=docs/audit-report.png "file://$tmp/report.html" 2>/dev/null
echo "wrote docs/audit-report.png"
