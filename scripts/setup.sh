#!/usr/bin/env bash
# Installs what building and testing padan needs on a fresh Debian machine, only when it is missing:
# libxml2's headers (the CLibXML2 system library), pkg-config, and xmllint (libxml2-utils) for the
# interoperability tests. Swift itself is expected on PATH (Swift 6 toolchain).
set -euo pipefail

missing=()
command -v pkg-config >/dev/null || missing+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH; install a Swift 6 toolchain" >&2; exit 1; }
