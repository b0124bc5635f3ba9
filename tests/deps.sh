#!/bin/sh
# Install the Debian packages named as arguments that are not installed yet.
# A no-op when everything is present; needs root (or sudo) otherwise.
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
missing=""
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing="$missing nodejs npm"
fi
[ -z "$missing" ] && exit 0
echo "wangjian: installing missing Debian packages:$missing" >&2
$SUDO apt-get update -qq >&2 || { echo "wangjian: apt-get update failed" >&2; exit 1; }
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2 || {
  echo "wangjian: apt-get install failed for:$missing" >&2; exit 1; }
