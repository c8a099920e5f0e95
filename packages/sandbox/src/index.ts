export * from './sandbox.js';
export * from './contained-install.js';
export * from './process-env.js';
export { isSecretName } from '@agent-guards/action-kit';
export { ProcessStartError, type ProcessResult } from './contained-process.js';
export { allowlistEntryFor, isPublicAddress } from './egress-allowlist.js';
// A type only: the proxy (and proxy-chain under it) loads when a sandbox that may reach a registry starts.
export type { EgressDecision } from './egress-proxy.js';
export { hostView, HOME_TOOLCHAIN_ROOTS, type HostView } from './host-view.js';
export { bubblewrapArgv, type ContainmentPlan } from './bubblewrap.js';
