import type { ResumeOptions, SessionResult, SessionStartOptions } from './types.js';
import { resumeSession, startSession } from './session/start-session.js';

/**
 * Runs one agent session on a ticket: Frame → Plan → Implement → Review, on a
 * new branch of `repo` created from the base commit. Resolves with the outcome;
 * a ConfigurationError means the session could not start (nothing was called).
 */
export function runAgentSession(options: SessionStartOptions): Promise<SessionResult> {
  return startSession(options);
}

/**
 * The rescue mission: continues an escalated session where it stopped, in the
 * same session folder, ledger and trace, with context an operator adds. The
 * added context is recorded (session record + trace) so it can be fed back
 * into the ticket template.
 */
export function resumeAgentSession(sessionDir: string, options: ResumeOptions): Promise<SessionResult> {
  return resumeSession(sessionDir, options);
}
