#!/usr/bin/env bash
# Fails when a committed generated/<name> differs from what the compiler produces now.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for spec in specs/*.yaml; do
  node bin/ranetc.js build --check "$spec" || status=1
done
exit $status
