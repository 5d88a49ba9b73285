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
pnpm exec vitest run --project unit --project integration
# The browser tests after the others, not beside them: on two cores a browser walking the apps next to
# the integration suite's platforms missed its 30 s waits (activity-path.browser.test.ts failed in a
# full run at 979cf46 and passed alone in 112 s).
pnpm exec vitest run --project browser
