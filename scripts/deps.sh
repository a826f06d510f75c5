#!/usr/bin/env bash
# Installs the Debian packages Rectify needs, if any are missing.
# Usage: scripts/deps.sh [run|test]
# Sourced knowledge lives here only: every package the project needs is named below.
set -euo pipefail

build_pkgs=(cmake ninja-build g++ ccache pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev libpq-dev libssl-dev libxlsxwriter-dev libzip-dev libgl-dev fonts-noto-cjk fonts-dejavu-core fonts-wqy-microhei)
run_pkgs=(xvfb xauth)
test_pkgs=(libgtest-dev libgmock-dev libbenchmark-dev sqlite3 poppler-utils unzip xvfb xauth time postgresql)

mode=${1:-run}
want=("${build_pkgs[@]}")
case "$mode" in
    run) want+=("${run_pkgs[@]}") ;;
    test) want+=("${test_pkgs[@]}") ;;
    *) echo "usage: $0 [run|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
    echo "Rectify needs these Debian packages. Run as root:" >&2
    echo "  $line" >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
