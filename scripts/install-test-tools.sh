#!/usr/bin/env bash
# Installs the real programs some tests drive, from Debian's packages, when missing: LibreOffice
# (review.xlsx in a spreadsheet program), Chromium with its driver and Firefox (the reading view
# in two browsers). Tests that need them skip with a message without them.
# Needs root; otherwise it says what to install and goes on.
# usage: scripts/install-test-tools.sh [libreoffice|chromium|firefox]...   (default: all)
set -uo pipefail
wanted=("$@")
[[ ${#wanted[@]} -eq 0 ]] && wanted=(libreoffice chromium firefox)
packages=()
for tool in "${wanted[@]}"; do
  case "$tool" in
    libreoffice) command -v soffice >/dev/null || packages+=(libreoffice-calc-nogui)
                 command -v pdftoppm >/dev/null || packages+=(poppler-utils) ;;
    chromium) [[ -x /usr/bin/chromium ]] || packages+=(chromium)
              [[ -x /usr/bin/chromedriver ]] || packages+=(chromium-driver) ;;
    firefox) [[ -x /usr/bin/firefox-esr ]] || packages+=(firefox-esr) ;;
    *) echo "install-test-tools: unknown tool $tool" >&2; exit 2 ;;
  esac
done
[[ ${#packages[@]} -eq 0 ]] && exit 0
if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
  echo "install-test-tools: not installed: ${packages[*]} (needs root and apt-get); the tests that use them skip" >&2
  exit 0
fi
echo "install-test-tools: installing ${packages[*]}…" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}"; } >/tmp/install-test-tools.log 2>&1; then
  echo "install-test-tools: apt-get failed (log: /tmp/install-test-tools.log); the tests that use them skip" >&2
fi
exit 0
