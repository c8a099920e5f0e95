import { LIMITS } from '@agent-guards/action-kit';

/** GitHub rejects issue, pull request and comment bodies longer than this many characters. */
export const BODY_LIMIT = LIMITS.commentChars;
export const BODY_TRUNCATION_NOTICE = "\n\n_…truncated: this text exceeded GitHub's 65,536-character limit._\n";

/**
 * The hidden HTML comment that identifies what we wrote, so a re-run finds and
 * updates it instead of posting again. A marker already written as an HTML
 * comment is used as it is.
 */
export function hiddenMarker(marker: string): string {
  const trimmed = marker.trim();
  if (/^<!--[\s\S]*-->$/.test(trimmed)) return trimmed;
  if (trimmed.length === 0 || trimmed.includes('--') || /[<>\r\n]/.test(trimmed)) {
    throw new Error(`a marker must be a short single-line id without '--', '<' or '>', got ${JSON.stringify(marker)}`);
  }
  return `<!-- agent-guards:${trimmed} -->`;
}

/** The marker first (so a cut never loses it), then the text, within GitHub's limit. */
export function markedBody(marker: string, body: string): string {
  return capBody(`${marker}\n${body}`);
}

/** Cuts text to GitHub's body limit with a visible notice, never splitting a surrogate pair. */
export function capBody(text: string, limit: number = BODY_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = limit - BODY_TRUNCATION_NOTICE.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + BODY_TRUNCATION_NOTICE;
}
