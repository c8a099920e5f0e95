#!/usr/bin/env bash
# Reports the version of each toolchain the service uses (TOOLCHAINS: node, python, go), as the later steps
# will find it on PATH: the one set up from the input or the repository's version file, else the runner's.
set -euo pipefail
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set: run this as a step of the setup-toolchain action}"

for toolchain in ${TOOLCHAINS:-}; do
  case "$toolchain" in
    node)
      version="$(node --version 2>/dev/null || true)"
      version="${version#v}"
      ;;
    python)
      version="$({ python3 --version || python --version; } 2>/dev/null || true)"
      version="${version#Python }"
      ;;
    go)
      version="$(go env GOVERSION 2>/dev/null || true)"
      version="${version#go}"
      ;;
    *) continue ;;
  esac
  if [ -z "$version" ]; then
    # The steps that need it fail on their own, saying what is missing; this one only says why early.
    printf '::warning title=setup-toolchain::the service uses %s, but there is none on PATH: set %s-version, or commit the version file its setup action reads.\n' "$toolchain" "$toolchain"
    continue
  fi
  printf '%s: %s\n' "$toolchain" "$version"
  printf '%s-version=%s\n' "$toolchain" "$version" >>"$GITHUB_OUTPUT"
done
