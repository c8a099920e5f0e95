import { isSecretName } from '@agent-guards/action-kit';

/**
 * The environment of a process that runs code the model or a PR can
 * influence: an allowlist, never the runner's whole environment, so no token,
 * API key or runner variable reaches it (security.md items 15 and 18).
 */

/** Variables every contained process gets from the runner, when set. */
const PASSTHROUGH = ['PATH', 'LANG', 'LANGUAGE', 'TZ'];

/**
 * Toolchain selectors: where an installed toolchain is and which version to
 * use. They name paths and versions, never credentials.
 */
const TOOLCHAIN = [
  'GOROOT',
  'GOPATH',
  'GOMODCACHE',
  'GOFLAGS',
  'GOTOOLCHAIN',
  'GOEXPERIMENT',
  'PYENV_ROOT',
  'PYENV_VERSION',
  'VIRTUAL_ENV',
  'UV_PYTHON_INSTALL_DIR',
  'JAVA_HOME',
  'CARGO_HOME',
  'RUSTUP_HOME',
  'RUSTUP_TOOLCHAIN',
  'NVM_DIR',
  'NVM_BIN',
  'VOLTA_HOME',
];

/** Where TLS trust anchors are (a corporate CA): file names, never secrets, and installs fail without them. */
const TRUST = ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'NODE_EXTRA_CA_CERTS', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'PIP_CERT', 'CARGO_HTTP_CAINFO'];


/**
 * The environment of a contained process: the allowlist above from `source`,
 * then non-interactive settings, then `extra` (the sandbox's own HOME, TMPDIR,
 * proxy settings, a collector's variables).
 */
export function containedProcessEnv(extra: Record<string, string> = {}, source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined || isSecretName(k)) continue;
    if (PASSTHROUGH.includes(k) || TOOLCHAIN.includes(k) || TRUST.includes(k) || /^LC_[A-Z]+$/.test(k)) env[k] = v;
  }
  env.CI = 'true';
  env.TERM = 'dumb';
  env.NO_COLOR = '1';
  env.FORCE_COLOR = '0';
  return { ...env, ...extra };
}
