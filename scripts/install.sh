#!/usr/bin/env bash
# Installs what the platform needs on a fresh machine with Node.js 20: pnpm, the workspace's
# packages, the generated Prisma clients, and ffmpeg (for videos). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  echo "Installing pnpm 10 …"
  npm install -g pnpm@10 >/dev/null
fi
pnpm install --frozen-lockfile
pnpm run generate
bash scripts/ensure-ffmpeg.sh
