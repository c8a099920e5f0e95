#!/usr/bin/env bash
# Reads the service repository (the current directory) and decides what setup-toolchain sets up and installs:
# which Node.js, Python and Go versions (by naming the file that declares them, for the official setup actions
# to read) and which package manager installs from which lockfile. It prints every decision and writes them
# as step outputs; the later steps only run the fixed commands for what was decided here.
#
# Bash and awk only: this runs before any toolchain is set up, on runners that may have neither Node.js nor
# Python, so package.json and pyproject.toml are read with patterns made for the few fields needed here.
#
# Environment: INSTALL (true|false), NODE_VERSION, PYTHON_VERSION, GO_VERSION (the action's inputs),
# GITHUB_OUTPUT, GITHUB_WORKSPACE.
set -euo pipefail

# Versions used when the repository names none: each the newest release known to work with the lockfile
# format it is chosen for.
UV_VERSION=0.12.4
YARN_CLASSIC_VERSION=1.22.22
PNPM_FOR_LOCKFILE_9=10.34.9 # lockfileVersion 9.0 (pnpm 9 and 10); pnpm 11 does not run on Node.js 20
PNPM_FOR_LOCKFILE_6=8.15.9
PNPM_FOR_LOCKFILE_5=7.33.7

INSTALL="${INSTALL:-false}"
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set: run this as a step of the setup-toolchain action}"

say() { printf '%s\n' "$*"; }
fail() {
  printf '::error title=setup-toolchain::%s\n' "$*"
  exit 1
}
warn() { printf '::warning title=setup-toolchain::%s\n' "$*"; }
output() { printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; }
# A problem with what to install stops the action only when it is asked to install.
install_problem() {
  if [ "$INSTALL" = true ]; then fail "$*"; fi
  warn "$* (install is false: nothing is installed)"
}

here="$(pwd -P)"
workspace="$(cd "${GITHUB_WORKSPACE:-$here}" && pwd -P)"

# $1 relative to $2, both absolute: actions/setup-node joins its version file to GITHUB_WORKSPACE, and the
# other setup actions read it from there too, while the service may be checked out anywhere.
relative_to() {
  local target="$1" base="$2" up=""
  while :; do
    if [ "$target" = "$base" ]; then printf '%s' "${up%/}"; return; fi
    if [ "$base" = / ]; then printf '%s' "$up${target#/}"; return; fi
    if [ "${target#"$base"/}" != "$target" ]; then printf '%s' "$up${target#"$base"/}"; return; fi
    base="$(dirname "$base")"
    up="../$up"
  done
}
prefix="$(relative_to "$here" "$workspace")"
# A file of the service (or "." for the service itself) as the setup actions are given it and as messages
# name it: from the workspace.
shown() {
  if [ "$1" = . ]; then printf '%s' "${prefix:-.}"; else printf '%s' "${prefix:+$prefix/}$1"; fi
}

# --- package.json: string fields, and flat objects (engines, volta) ---------------------------------------

json_text() { tr -d '\r\n' <"$1"; }
# The string value of the first "key": "value" in the file.
json_string() {
  json_text "$1" | grep -oE "\"$2\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" | head -n 1 | sed -E 's/.*:[[:space:]]*"([^"]*)"$/\1/' || true
}
# The string value of "key" inside the flat object "object": { ... }.
json_member() {
  json_text "$1" | grep -oE "\"$2\"[[:space:]]*:[[:space:]]*\\{[^{}]*\\}" | head -n 1 |
    grep -oE "\"$3\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" | head -n 1 | sed -E 's/.*:[[:space:]]*"([^"]*)"$/\1/' || true
}

# --- TOML (pyproject.toml, uv.toml): tables, bare keys and one-line string values --------------------------

# Every table header of the file, without spaces: [project], [tool.uv], [[tool.mypy.overrides]].
toml_tables() { awk '/^[[:space:]]*\[/ { sub(/[[:space:]]*#.*$/, ""); gsub(/[[:space:]]/, ""); print }' "$1"; }
# Whether the table is declared, by its own header or a sub-table's ([tool.poetry.group.dev] declares tool.poetry).
toml_has_table() { toml_tables "$1" | grep -qE "^\\[\\[?$(printf '%s' "$2" | sed 's/\./\\./g')(\\]|\\.)"; }
# The bare keys of a table ("" for the top level).
toml_keys() {
  awk -v table="$2" '
    /^[[:space:]]*\[/ { h = $0; sub(/[[:space:]]*#.*$/, "", h); gsub(/[[:space:]]/, "", h); current = h; next }
    (table == "" && current == "") || current == "[" table "]" {
      if (match($0, /^[[:space:]]*[A-Za-z0-9_-]+[[:space:]]*=/)) { k = substr($0, RSTART, RLENGTH); gsub(/[[:space:]=]/, "", k); print k }
    }' "$1"
}
# The one-line string value of a key in a table ("" for the top level).
toml_string() {
  awk -v table="$2" -v key="$3" '
    /^[[:space:]]*\[/ { h = $0; sub(/[[:space:]]*#.*$/, "", h); gsub(/[[:space:]]/, "", h); current = h; next }
    (table == "" && current == "") || current == "[" table "]" {
      line = $0
      if (line ~ "^[[:space:]]*\"?" key "\"?[[:space:]]*=") {
        sub(/^[^=]*=[[:space:]]*/, "", line)
        if (line ~ /^"/) { sub(/^"/, "", line); sub(/".*$/, "", line) } else if (line ~ /^'\''/) { sub(/^'\''/, "", line); sub(/'\''.*$/, "", line) } else next
        print line; exit
      }
    }' "$1"
}
# A .tool-versions line's version for one tool (asdf, mise).
tool_versions() { if [ -f .tool-versions ]; then awk -v tool="$1" '$1 == tool { print $2; exit }' .tool-versions; fi; }

managers=()
lockfiles=()

# --- JavaScript -----------------------------------------------------------------------------------------

js_manager=""
js_version=""
package_manager=""
[ -f package.json ] && package_manager="$(json_string package.json packageManager)"
declared_pm="${package_manager%%@*}"
declared_pm_version="${package_manager#*@}"
declared_pm_version="${declared_pm_version%%+*}"
if [ -n "$package_manager" ]; then
  if [[ ! "$declared_pm" =~ ^(npm|pnpm|yarn)$ ]]; then
    install_problem "$(shown package.json) names packageManager '$package_manager': setup-toolchain installs with npm, pnpm or yarn. Install with your own step and set install to false."
    declared_pm=""
  elif [[ ! "$declared_pm_version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
    install_problem "$(shown package.json) names packageManager '$package_manager', which is not <name>@<exact version>: write e.g. \"packageManager\": \"$declared_pm@1.2.3\"."
    declared_pm=""
  fi
fi

js_locks=()
for lock in package-lock.json npm-shrinkwrap.json pnpm-lock.yaml yarn.lock; do [ -f "$lock" ] && js_locks+=("$lock"); done
lock_manager() {
  case "$1" in package-lock.json | npm-shrinkwrap.json) echo npm ;; pnpm-lock.yaml) echo pnpm ;; yarn.lock) echo yarn ;; esac
}
js_lock=""
if [ "${#js_locks[@]}" -gt 0 ]; then
  if [ -n "$declared_pm" ]; then
    for lock in "${js_locks[@]}"; do [ "$(lock_manager "$lock")" = "$declared_pm" ] && js_lock="$lock" && break; done
    if [ -z "$js_lock" ]; then
      install_problem "$(shown package.json) names packageManager $package_manager, but the lockfile here is ${js_locks[*]}: commit $declared_pm's lockfile, or correct packageManager."
    fi
    for lock in "${js_locks[@]}"; do
      [ -n "$js_lock" ] && [ "$lock" != "$js_lock" ] && warn "$(shown "$lock") is ignored: package.json's packageManager is $package_manager, so $(shown "$js_lock") is installed. Delete the stale lockfile."
    done
  elif [ "${#js_locks[@]}" -gt 1 ] && ! { [ "${#js_locks[@]}" -eq 2 ] && [ "${js_locks[0]}" = package-lock.json ] && [ "${js_locks[1]}" = npm-shrinkwrap.json ]; }; then
    install_problem "two JavaScript lockfiles disagree in $(shown .): ${js_locks[*]}. Delete the one the project does not use, or name the manager in package.json (\"packageManager\": \"pnpm@10.0.0\")."
  else
    js_lock="${js_locks[0]}"
    # npm reads npm-shrinkwrap.json over package-lock.json.
    [ -f npm-shrinkwrap.json ] && js_lock=npm-shrinkwrap.json
  fi
elif [ -f package.json ]; then
  warn "$(shown package.json) has no lockfile (package-lock.json, pnpm-lock.yaml or yarn.lock): its dependencies are not installed. Commit the lockfile to have them installed."
fi

if [ -n "$js_lock" ] && [ ! -f package.json ]; then
  install_problem "$(shown "$js_lock") has no package.json beside it: check it out with the project, or point working-directory at the project."
  js_lock=""
fi
if [ -n "$js_lock" ]; then
  [ "$declared_pm" = "$(lock_manager "$js_lock")" ] && js_version="$declared_pm_version"
  case "$js_lock" in
    package-lock.json | npm-shrinkwrap.json)
      js_manager=npm
      # npm ci runs with the npm of the Node.js set up here.
      js_version=""
      ;;
    pnpm-lock.yaml)
      js_manager=pnpm
      if [ -z "$js_version" ]; then
        lockfile_version="$(awk -F: '/^lockfileVersion:/ { gsub(/[[:space:]'\''"]/, "", $2); print $2; exit }' pnpm-lock.yaml)"
        case "$lockfile_version" in
          9.*) js_version="$PNPM_FOR_LOCKFILE_9" ;;
          6.*) js_version="$PNPM_FOR_LOCKFILE_6" ;;
          5.*) js_version="$PNPM_FOR_LOCKFILE_5" ;;
          *) install_problem "$(shown pnpm-lock.yaml) has lockfileVersion '${lockfile_version:-none}', which setup-toolchain cannot match to a pnpm release: name it in package.json (\"packageManager\": \"pnpm@10.0.0\")." ;;
        esac
      fi
      ;;
    yarn.lock)
      if grep -q '^__metadata:' yarn.lock; then
        js_manager=yarn-berry
        if [ -z "$js_version" ]; then
          if [ -f .yarnrc.yml ] && grep -qE '^yarnPath:' .yarnrc.yml; then
            # Yarn 1 hands every command to the release .yarnrc.yml names.
            js_version="$YARN_CLASSIC_VERSION"
          else
            install_problem "$(shown yarn.lock) is a Yarn 2+ lockfile, but neither package.json's packageManager nor .yarnrc.yml's yarnPath says which Yarn: add \"packageManager\": \"yarn@4.x.y\" to $(shown package.json)."
          fi
        fi
      else
        js_manager=yarn-classic
        if [ -z "$js_version" ]; then
          js_version="$YARN_CLASSIC_VERSION"
        elif [[ ! "$js_version" =~ ^1\. ]]; then
          install_problem "$(shown yarn.lock) is a Yarn 1 lockfile, but package.json's packageManager is $package_manager: run that Yarn once to migrate the lockfile, or name yarn@$YARN_CLASSIC_VERSION."
          js_version=""
        fi
      fi
      ;;
  esac
fi
if [ -n "$js_manager" ] && { [ "$js_manager" = npm ] || [ -n "$js_version" ]; }; then
  managers+=("$js_manager")
  lockfiles+=("$js_lock")
  say "JavaScript: $js_manager${js_version:+ $js_version}, from $(shown "$js_lock")"
else
  js_manager=""
  js_version=""
fi

# --- Python ---------------------------------------------------------------------------------------------

python_manager=""
pip_project=false
pip_extras=""
pip_groups=""
pip_requirements=()
pyproject_installable=false
if [ -f pyproject.toml ] && { toml_has_table pyproject.toml project || toml_has_table pyproject.toml build-system; }; then
  pyproject_installable=true
fi

requirement_files=()
for file in requirements.txt requirements-dev.txt requirements-test.txt requirements-tests.txt dev-requirements.txt test-requirements.txt; do
  [ -f "$file" ] && requirement_files+=("$file")
done

for lock in pdm.lock Pipfile.lock pylock.toml; do
  if [ -f "$lock" ]; then
    install_problem "$(shown "$lock"): setup-toolchain installs Python dependencies from uv.lock, poetry.lock, pyproject.toml or requirements*.txt, and installing beside this lockfile would not give its versions. Install with your own step and set install to false."
  fi
done

if [ -f uv.lock ] && [ -f poetry.lock ]; then
  install_problem "two Python lockfiles disagree in $(shown .): uv.lock and poetry.lock. Delete the one the project no longer uses."
elif [ -f uv.lock ] || [ -f poetry.lock ]; then
  lock="uv.lock"
  [ -f poetry.lock ] && lock=poetry.lock
  if [ ! -f pyproject.toml ]; then
    install_problem "$(shown "$lock") has no pyproject.toml beside it: check it out with the project, or point working-directory at the project."
  else
    python_manager="${lock%.lock}"
    managers+=("$python_manager")
    lockfiles+=("$lock")
    say "Python: $python_manager, from $(shown "$lock") (the project's default dependency groups, dev included)"
  fi
elif [ "$pyproject_installable" = true ] || [ "${#requirement_files[@]}" -gt 0 ]; then
  python_manager=pip
  if [ "$pyproject_installable" = true ]; then
    pip_project=true
    lockfiles+=(pyproject.toml)
    # The extras and PEP 735 dependency groups that hold what tests and linters need, by their usual names.
    extras="$(toml_keys pyproject.toml project.optional-dependencies)"
    groups="$(toml_keys pyproject.toml dependency-groups)"
    for name in dev test tests testing lint; do
      grep -qx "$name" <<<"$extras" && pip_extras="${pip_extras:+$pip_extras,}$name"
      grep -qx "$name" <<<"$groups" && pip_groups="${pip_groups:+$pip_groups }$name"
    done
  fi
  for file in "${requirement_files[@]}"; do pip_requirements+=("$file") && lockfiles+=("$file"); done
  managers+=(pip)
  what=()
  [ "$pip_project" = true ] && what+=("the project from pyproject.toml${pip_extras:+ with extras [$pip_extras]}${pip_groups:+ and dependency groups $pip_groups}")
  [ "${#pip_requirements[@]}" -gt 0 ] && what+=("${pip_requirements[*]}")
  say "Python: pip, $(
    IFS=';'
    printf '%s' "${what[*]}" | sed 's/;/, then /g'
  )"
fi

uv_version=""
if [ "$python_manager" = uv ]; then
  # setup-uv reads the project's own pin (required-version) when it is given no version.
  if [ -n "$(toml_string pyproject.toml tool.uv required-version)" ] || { [ -f uv.toml ] && [ -n "$(toml_string uv.toml '' required-version)" ]; }; then
    say "uv: the project's required-version"
  else
    uv_version="$UV_VERSION"
    say "uv: $uv_version (the project names no required-version)"
  fi
fi

# --- Go -------------------------------------------------------------------------------------------------

go_module=false
if [ -f go.mod ]; then
  go_module=true
  managers+=(go)
  lockfiles+=(go.mod)
  say "Go: go mod download, from $(shown go.mod)"
fi

if [ "$INSTALL" = true ] && [ "${#managers[@]}" -eq 0 ]; then
  fail "install is true, but $(shown .) has nothing to install from: no package-lock.json, pnpm-lock.yaml, yarn.lock, uv.lock, poetry.lock, pyproject.toml with [project] or [build-system], requirements*.txt or go.mod. Point working-directory at the service, or set install to false."
fi

# --- Versions: the input, else the file that declares it, read by the official setup action ---------------

setup_node=false setup_python=false setup_go=false
# For one language (its input, the file found or "", its name): whether to set it up and from which file.
# Returns 1 when neither the input nor the repository names a version.
decide_version() {
  local language="$1" input="$2" file="$3" label="$4"
  printf -v "setup_$language" '%s' true
  if [ -n "$input" ]; then
    output "setup-$language" true
    output "$language-version-file" ""
    say "$label version: $input (input)"
  elif [ -n "$file" ]; then
    output "setup-$language" true
    output "$language-version-file" "$(shown "$file")"
    say "$label version: from $(shown "$file")"
  else
    printf -v "setup_$language" '%s' false
    output "setup-$language" false
    output "$language-version-file" ""
    return 1
  fi
}

node_file=""
if [ -f .nvmrc ]; then
  node_file=.nvmrc
elif [ -f .node-version ]; then
  node_file=.node-version
elif [ -n "$(tool_versions nodejs)" ]; then
  node_file=.tool-versions
elif [ -f package.json ] && { [ -n "$(json_member package.json volta node)" ] || [ -n "$(json_member package.json engines node)" ]; }; then
  node_file=package.json
fi
if ! decide_version node "${NODE_VERSION:-}" "$node_file" Node.js && [ -n "$js_manager" ]; then
  say "Node.js version: the runner's own — no .nvmrc, .node-version, .tool-versions or engines.node in $(shown package.json); set node-version or commit .nvmrc to choose one"
fi

python_file=""
if [ -f .python-version ]; then
  python_file=.python-version
elif [ -n "$(tool_versions python)" ]; then
  python_file=.tool-versions
elif [ -f pyproject.toml ]; then
  # actions/setup-python reads project.requires-python when there is a [project] table, else Poetry's python.
  if toml_has_table pyproject.toml project; then
    [ -n "$(toml_string pyproject.toml project requires-python)" ] && python_file=pyproject.toml
  elif [ -n "$(toml_string pyproject.toml tool.poetry.dependencies python)" ]; then
    python_file=pyproject.toml
  fi
fi
if ! decide_version python "${PYTHON_VERSION:-}" "$python_file" Python && [ -n "$python_manager" ]; then
  say "Python version: the runner's own — no .python-version, .tool-versions or requires-python in $(shown pyproject.toml); set python-version or commit .python-version to choose one"
fi

go_file=""
[ -f go.mod ] && go_file=go.mod
decide_version go "${GO_VERSION:-}" "$go_file" Go || true

output js-manager "$js_manager"
output js-manager-version "$js_version"
output python-manager "$python_manager"
output uv-version "$uv_version"
output pip-project "$pip_project"
output pip-extras "$pip_extras"
output pip-groups "$pip_groups"
output pip-requirements "${pip_requirements[*]}"
output go-module "$go_module"
# The toolchains whose versions the action reports: those it sets up and those a package manager runs on.
toolchains=()
{ [ "$setup_node" = true ] || [ -n "$js_manager" ]; } && toolchains+=(node)
{ [ "$setup_python" = true ] || [ -n "$python_manager" ]; } && toolchains+=(python)
{ [ "$setup_go" = true ] || [ "$go_module" = true ]; } && toolchains+=(go)
output toolchains "${toolchains[*]}"
output managers "${managers[*]}"
output lockfiles "${lockfiles[*]}"
