export * from './sandbox.js';
export * from './contained-install.js';
export * from './process-env.js';
export { isSecretName } from '@agent-guards/action-kit';
export { ProcessStartError, type ProcessResult } from './contained-process.js';
export { allowlistEntryFor, isPublicAddress, type EgressDecision } from './egress-proxy.js';
export { hostView, HOME_TOOLCHAIN_ROOTS, type HostView } from './host-view.js';
export { bubblewrapArgv, type ContainmentPlan } from './bubblewrap.js';
