// Starting and resuming sessions, without the rest of the package: what an action or a command
// loads before a session has said what it starts (the session's machinery follows as it runs).
export { runAgentSession, resumeAgentSession } from './run-session.js';
export { runGuardedSession, resumeGuardedSession } from './review/standard-guards.js';
export type { DependencyDir, ResumeOptions, RuntimeOptions, SessionResult, SessionStartOptions } from './types.js';
