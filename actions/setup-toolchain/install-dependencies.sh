#!/usr/bin/env bash
# Installs the service's dependencies (the current directory) with the fixed command for each package manager
# that detect-toolchain.sh chose. Nothing here comes from an input: each value is checked against the few
# this script knows, and the lockfile decides what is installed.
#
# Python goes into the project's .venv (uv and Poetry make it there; pip into one made here), which is put on
# PATH for the later steps: the runner's tests and the skip-set runner collector then find the service's
# tools, and the sandbox sees them because the checkout is bound into it. pnpm, Yarn and Poetry are
# installed, pinned, under the runner's tool cache, which the sandbox also sees.
#
# Environment: the detect step's outputs (JS_MANAGER, JS_MANAGER_VERSION, PYTHON_MANAGER, PIP_PROJECT,
# PIP_EXTRAS, PIP_GROUPS, PIP_REQUIREMENTS, GO_MODULE, LOCKFILES), GITHUB_OUTPUT, GITHUB_PATH, GITHUB_ENV,
# RUNNER_TOOL_CACHE (or RUNNER_TEMP); SANDBOX, REGISTRIES and CONTAIN_NODE (the runner's Node.js) for installs
# in the sandbox.
set -euo pipefail
# A failed tool install inside $(…) stops the step too.
shopt -s inherit_errexit

POETRY_VERSION=2.5.1
# pip learnt --group (PEP 735 dependency groups) in 25.1; 25.3 is the newest that still runs on Python 3.9.
PIP_FOR_GROUPS=25.3

say() { printf '%s\n' "$*"; }
fail() {
  printf '::error title=setup-toolchain::%s\n' "$*"
  exit 1
}
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set: run this as a step of the setup-toolchain action}"
: "${GITHUB_PATH:?GITHUB_PATH is not set: run this as a step of the setup-toolchain action}"
: "${GITHUB_ENV:?GITHUB_ENV is not set: run this as a step of the setup-toolchain action}"
TOOLS="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:?neither RUNNER_TOOL_CACHE nor RUNNER_TEMP is set}}/agent-guards"

JS_MANAGER="${JS_MANAGER:-}"
JS_MANAGER_VERSION="${JS_MANAGER_VERSION:-}"
PYTHON_MANAGER="${PYTHON_MANAGER:-}"
PIP_EXTRAS="${PIP_EXTRAS:-}"
PIP_GROUPS="${PIP_GROUPS:-}"
PIP_REQUIREMENTS="${PIP_REQUIREMENTS:-}"

[[ "$JS_MANAGER" =~ ^(|npm|pnpm|yarn-classic|yarn-berry)$ ]] || fail "unknown JavaScript package manager '$JS_MANAGER'."
[[ "$PYTHON_MANAGER" =~ ^(|uv|poetry|pip)$ ]] || fail "unknown Python package manager '$PYTHON_MANAGER'."
[[ "$JS_MANAGER_VERSION" =~ ^(|[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?)$ ]] || fail "'$JS_MANAGER_VERSION' is not an exact version."
[[ "$PIP_EXTRAS" =~ ^[A-Za-z0-9,_-]*$ && "$PIP_GROUPS" =~ ^[A-Za-z0-9\ _-]*$ ]] || fail "unexpected extras or dependency groups '$PIP_EXTRAS' '$PIP_GROUPS'."
if [[ "$JS_MANAGER" =~ ^(pnpm|yarn-classic|yarn-berry)$ && -z "$JS_MANAGER_VERSION" ]]; then fail "no version for $JS_MANAGER."; fi
CONTAIN=""
if [ "${SANDBOX:-false}" = true ]; then
  CONTAIN="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: run this as a step of the setup-toolchain action}/dist/index.js"
  for node in "${CONTAIN_NODE:-}" "$(command -v node || true)"; do
    if [ -n "$node" ] && "$node" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then CONTAIN_NODE="$node" && break; fi
    CONTAIN_NODE=""
  done
  [ -n "$CONTAIN_NODE" ] || fail "a sandboxed install runs on Node.js 20 or later, and neither the runner's node nor the service's is: set node-version, or sandbox: false for a trusted checkout."
fi
for file in $PIP_REQUIREMENTS; do
  [[ "$file" =~ ^(requirements|requirements-dev|requirements-test|requirements-tests|dev-requirements|test-requirements)\.txt$ ]] || fail "unexpected requirements file '$file'."
done

# Runs a command, after printing it.
run() {
  say "+ $*"
  "$@"
}

# Runs a command that reads the checkout's lockfiles or builds its project: the PR's code (lifecycle scripts,
# build backends, a lockfile's sources). With CONTAIN (the action's `sandbox` input) it runs in the sandbox:
# no secret in its environment, nothing of the runner visible, the network only to the ecosystem's
# registries (and REGISTRIES). Options before `--` go to the sandbox: --read-only PATH (a package manager
# installed under the tool cache), --env NAME=VALUE (settings of this script, never a secret).
contained() { # ecosystem [--read-only PATH | --env NAME=VALUE]… -- command …
  local args=(--ecosystem "$1")
  shift
  local env=()
  while [ "$1" != -- ]; do
    args+=("$1" "$2")
    [ "$1" = --env ] && env+=("$2")
    shift 2
  done
  shift
  if [ -z "${CONTAIN:-}" ]; then
    say "+ $*"
    env ${env[@]+"${env[@]}"} "$@"
    return
  fi
  for host in ${REGISTRIES:-}; do args+=(--host "$host"); done
  say "+ $*"
  say "  (in the sandbox: the network only to the ${args[1]} registries${REGISTRIES:+ and $REGISTRIES})"
  "${CONTAIN_NODE:-node}" "$CONTAIN" "${args[@]}" -- "$@"
}

# A package manager from the npm registry, at an exact version, installed once under the tool cache and put
# on PATH. The registry's integrity check applies; Corepack is not used because Node.js 25 no longer ships
# it and older releases reject the registry's newer signing keys.
npm_tool() { # package, version, bin name → prints the bin directory
  local dir="$TOOLS/$3/$2"
  if [ ! -x "$dir/bin/$3" ]; then
    run npm install --global --prefix "$dir" --ignore-scripts --no-audit --no-fund "$1@$2" >&2
  fi
  printf '%s\n' "$dir/bin" >>"$GITHUB_PATH"
  printf '%s' "$dir/bin"
}

case "$JS_MANAGER" in
  npm) contained npm -- npm ci --no-audit --no-fund ;;
  pnpm)
    bin="$(npm_tool pnpm "$JS_MANAGER_VERSION" pnpm)"
    contained npm --read-only "${bin%/bin}" -- "$bin/pnpm" install --frozen-lockfile
    ;;
  yarn-classic)
    bin="$(npm_tool yarn "$JS_MANAGER_VERSION" yarn)"
    contained npm --read-only "${bin%/bin}" -- "$bin/yarn" install --frozen-lockfile --non-interactive
    ;;
  yarn-berry)
    # A 1.x version here is the launcher for the release .yarnrc.yml's yarnPath names.
    if [[ "$JS_MANAGER_VERSION" =~ ^1\. ]]; then bin="$(npm_tool yarn "$JS_MANAGER_VERSION" yarn)"; else bin="$(npm_tool @yarnpkg/cli-dist "$JS_MANAGER_VERSION" yarn)"; fi
    contained npm --read-only "${bin%/bin}" -- "$bin/yarn" install --immutable
    ;;
esac

if [ -n "$PYTHON_MANAGER" ]; then
  python="$(command -v python3 || command -v python || true)"
  [ -n "$python" ] || fail "no python3 on PATH to install the Python dependencies with: set python-version, or commit .python-version."
  venv="$(pwd -P)/.venv"
  # A contained install's environment is made here; one the checkout brings (a committed .venv, a symlink to
  # elsewhere) would run the PR's python outside the sandbox, or lead the install out of the checkout.
  if [ -n "${CONTAIN:-}" ] && { [ -e "$venv" ] || [ -L "$venv" ]; }; then
    fail "the checkout already has .venv: a sandboxed install makes its own environment. Remove .venv from the repository (and add it to .gitignore)."
  fi
  case "$PYTHON_MANAGER" in
    uv)
      command -v uv >/dev/null 2>&1 || fail "uv is not on PATH: the 'Set up uv' step of this action installs it."
      # The interpreter set up above, never one uv would download: the sandbox sees the tool cache, not uv's own.
      # --locked fails when uv.lock no longer matches pyproject.toml instead of installing something else.
      contained pypi --env UV_PYTHON="$python" --env UV_PYTHON_DOWNLOADS=never --env UV_PROJECT_ENVIRONMENT="$venv" -- uv sync --locked
      ;;
    poetry)
      poetry="$(command -v poetry || true)"
      if [ -z "$poetry" ]; then
        # Poetry's documented manual install: its own virtual environment, apart from the project's.
        dir="$TOOLS/poetry/$POETRY_VERSION"
        if [ ! -x "$dir/bin/poetry" ]; then
          run "$python" -m venv "$dir"
          run "$dir/bin/python" -m pip install --disable-pip-version-check "poetry==$POETRY_VERSION"
        fi
        poetry="$dir/bin/poetry"
        printf '%s\n' "$dir/bin" >>"$GITHUB_PATH"
      fi
      # Poetry installs into the environment it finds active; made here, it is .venv whatever environments
      # Poetry already keeps for this project in its cache.
      [ -x "$venv/bin/python" ] || run "$python" -m venv "$venv"
      # The default install: every non-optional group (dev included) and the project itself, as its tests import it.
      contained pypi --read-only "$(dirname "$(dirname "$poetry")")" --env VIRTUAL_ENV="$venv" --env POETRY_VIRTUALENVS_IN_PROJECT=true --env POETRY_NO_INTERACTION=1 --env PATH="$venv/bin:$PATH" -- "$poetry" install --no-interaction
      ;;
    pip)
      [ -x "$venv/bin/python" ] || run "$python" -m venv "$venv"
      args=()
      if [ "${PIP_PROJECT:-false}" = true ]; then args+=(--editable ".${PIP_EXTRAS:+[$PIP_EXTRAS]}"); fi
      for group in $PIP_GROUPS; do args+=(--group "$group"); done
      for file in $PIP_REQUIREMENTS; do args+=(--requirement "$file"); done
      if [ -n "$PIP_GROUPS" ]; then
        pip_version="$("$venv/bin/python" -m pip --version | awk '{ print $2 }')"
        if ! printf '%s\n' 25.1 "$pip_version" | sort -V -C; then
          say "pip $pip_version has no --group: upgrading the environment's pip to $PIP_FOR_GROUPS"
          run "$venv/bin/python" -m pip install --disable-pip-version-check "pip==$PIP_FOR_GROUPS" ||
            fail "cannot install pip $PIP_FOR_GROUPS, which installing pyproject.toml's dependency groups ($PIP_GROUPS) needs: use Python ≥ 3.9 and let the runner reach the package index."
        fi
      fi
      contained pypi -- "$venv/bin/python" -m pip install --disable-pip-version-check "${args[@]}"
      ;;
  esac
  [ -x "$venv/bin/python" ] || fail "$PYTHON_MANAGER installed nothing into $venv: check the project's settings for where its environment goes (uv's UV_PROJECT_ENVIRONMENT, Poetry's virtualenvs.in-project)."
  # Python before 3.13 does not keep git away from a new environment; uv and virtualenv do.
  [ -f "$venv/.gitignore" ] || printf '*\n' >"$venv/.gitignore"
  printf '%s\n' "$venv/bin" >>"$GITHUB_PATH"
  printf 'VIRTUAL_ENV=%s\n' "$venv" >>"$GITHUB_ENV"
  printf 'python-environment=%s\n' "$venv" >>"$GITHUB_OUTPUT"
fi

if [ "${GO_MODULE:-false}" = true ]; then contained go -- go mod download; fi

printf 'installed=%s\n' "${LOCKFILES:-}" >>"$GITHUB_OUTPUT"
