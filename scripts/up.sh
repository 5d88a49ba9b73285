#!/usr/bin/env bash
# The first README command: install, build the frontends, migrate, seed and start everything on the
# embedded databases (PGlite), then print where to open it. Ctrl-C stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
pnpm run build:frontends
exec pnpm start
