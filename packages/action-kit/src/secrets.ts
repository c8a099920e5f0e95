const SECRET_NAME =
  /TOKEN|SECRET|PASSW|CREDENTIAL|API_?KEY|PRIVATE|AUTH|COOKIE|SESSION|SIGNING|ANTHROPIC|OPENAI|GITHUB|^GH_|^ACTIONS_|^RUNNER_|^INPUT_|^AWS_|^AZURE_|^GOOGLE_|^GCP_|^NPM_|^NODE_AUTH|^PYPI|^TWINE|^CARGO_REGISTRY|^OTEL_EXPORTER_OTLP_(?:[A-Z]+_)?HEADERS$/i;

/**
 * True for an environment variable that may hold a secret or the runner's
 * state (tokens, keys, `INPUT_*`, `ACTIONS_*`, `RUNNER_*`): such a variable
 * never reaches a process the runner or a guard starts, unless that process
 * is given it by name.
 */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** `env` without the variables isSecretName names, but those in `keep`. */
export function withoutSecrets(env: NodeJS.ProcessEnv, keep: readonly string[] = []): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !isSecretName(k)));
}
