#!/usr/bin/env bash
# The second README command: every check and every test — lint, types, unit, integration (queries
# through the gateway across all four subgraphs) and the browser test in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/ensure-chromium.sh
pnpm run lint
pnpm run typecheck
pnpm run build:frontends
pnpm exec vitest run
