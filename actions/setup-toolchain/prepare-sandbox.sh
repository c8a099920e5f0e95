#!/usr/bin/env bash
# Makes the runner able to start the agent-guards sandbox (bubblewrap), or fails
# saying why. The runner and the skip-set runner collector refuse to start
# without it; this step only makes the common runners ready and fails early.
#
# - bubblewrap ≥ 0.8 from the distribution (apt), when missing.
# - Ubuntu ≥ 23.10 restricts unprivileged user namespaces through AppArmor
#   (kernel.apparmor_restrict_unprivileged_userns=1, the GitHub ubuntu-24.04
#   image included). The documented answer is Ubuntu's own AppArmor profile for
#   bwrap (bwrap-userns-restrict, from apparmor-profiles; default from 25.04),
#   which lets bwrap alone create them. The restriction stays on for
#   everything else; it is never switched off here.
set -euo pipefail

say() { printf '%s\n' "$*"; }
fail() {
  printf '::error title=setup-toolchain::%s\n' "$*"
  exit 1
}

if [ "$(uname -s)" != Linux ]; then
  fail "the agent-guards sandbox (bubblewrap) needs a Linux runner; this one is $(uname -s). Use ubuntu-24.04, or set runner.sandbox: none in the policy to run without containment, knowingly."
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="__none__"; fi
fi
as_root() {
  if [ "$sudo" = "__none__" ]; then return 1; fi
  # shellcheck disable=SC2086
  $sudo "$@"
}

if ! command -v bwrap >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || fail "bubblewrap is not installed and this runner has no apt-get: install bubblewrap ≥ 0.8 in the runner image."
  say "installing bubblewrap"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || fail "cannot run apt-get as root (no passwordless sudo): install bubblewrap in the runner image."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends bubblewrap >/dev/null
fi
say "$(bwrap --version)"

# The same namespaces the sandbox asks for, with nothing mounted but the root read-only.
probe() {
  bwrap --unshare-all --unshare-user --disable-userns --die-with-parent --new-session \
    --ro-bind / / --proc /proc --dev /dev true 2>"${PROBE_ERR}"
}
PROBE_ERR="$(mktemp)"
trap 'rm -f "${PROBE_ERR}"' EXIT

if probe; then
  say "bubblewrap can start the sandbox on this runner"
  exit 0
fi

restricted="$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null || echo 0)"
if [ "$restricted" = 1 ]; then
  profile=/usr/share/apparmor/extra-profiles/bwrap-userns-restrict
  say "AppArmor restricts unprivileged user namespaces here: loading Ubuntu's profile for bwrap ($profile)"
  if [ ! -f "$profile" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends apparmor-profiles >/dev/null ||
      fail "cannot install apparmor-profiles (no passwordless sudo?); load the bwrap-userns-restrict AppArmor profile in the runner image."
  fi
  as_root install -m 0644 "$profile" /etc/apparmor.d/bwrap-userns-restrict
  as_root apparmor_parser -r /etc/apparmor.d/bwrap-userns-restrict
  if probe; then
    say "bubblewrap can start the sandbox on this runner"
    exit 0
  fi
fi

fail "bubblewrap cannot start the sandbox here: $(tr "\n" " " <"${PROBE_ERR}") — on a container runner, allow user namespaces (e.g. --security-opt seccomp=unconfined); on a VM, enable unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1)."
