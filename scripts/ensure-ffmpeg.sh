#!/usr/bin/env bash
# The media service checks uploaded videos and audio and makes video posters with Debian's ffmpeg
# (ffprobe comes with it). Installs it when missing; where that cannot be done the platform still runs,
# and refuses video and audio uploads with a clear error until ffmpeg is installed.
set -uo pipefail
if command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1; then exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if command -v apt-get >/dev/null 2>&1 && { [ -z "$SUDO" ] || sudo -n true 2>/dev/null; }; then
  echo "Installing ffmpeg from Debian's packages …"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq ffmpeg >/dev/null && exit 0
fi
echo "ffmpeg is not installed and could not be installed here: video and audio uploads will be refused" >&2
echo "until it is (Debian: apt-get install ffmpeg; or set FFMPEG_PATH and FFPROBE_PATH)." >&2
exit 0
