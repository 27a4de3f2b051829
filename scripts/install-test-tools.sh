#!/usr/bin/env bash
# Installs what the Maven registry cannot bring for Waypoint's tests: Debian's Chromium and its
# driver for the browser tests (they never download a browser). Does nothing when both are there.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo=sudo
fi
echo "Installing Chromium and ChromeDriver from Debian's packages for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium chromium-driver
