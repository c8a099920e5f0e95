import type { RuntimeOptions } from '../types.js';
import type { Trigger } from '../state-machine.js';
import type { SessionServices } from '../tools/tool.js';
import type { SessionLog } from './session-log.js';

/** The turn being dispatched: whether it began with its marker, and the transition a control tool asked for. */
export interface TurnState {
  markerOk: boolean;
  pendingTransition: Trigger | undefined;
}

/**
 * What the tool dispatcher and the control handlers get of a session: the
 * tools' view, the log they record into, the turn they act in. Nothing else
 * (not the model client, not the turn loop).
 */
export interface SessionControl {
  readonly services: SessionServices;
  readonly log: SessionLog;
  readonly turn: TurnState;
  readonly goldenSamples: readonly string[];
  readonly runtime: Omit<RuntimeOptions, 'anthropic'>;
}
