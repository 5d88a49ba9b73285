#!/usr/bin/env bash
# CI's start check: `pnpm start` on an empty PostgreSQL database per service (a throw-away server from
# scripts/with-postgres.sh), signed in through the gateway, stopped with Ctrl-C (no process may
# remain), started again on the same data (the demo accounts and a unit made before must be there),
# and started once more after a new migration was added (applied, recorded, then removed again).
# Needs built frontends (scripts/test.sh builds them). Uses the fixed ports 4000–4004 and 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KEPU_TEST_POSTGRES_URL:-}" ]; then exec bash scripts/with-postgres.sh bash "$0" "$@"; fi
exec node_modules/.bin/tsx scripts/smoke-start.ts --new-migration "$@"
