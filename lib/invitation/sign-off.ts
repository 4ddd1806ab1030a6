/**
 * One sign-off per e-mail: the draft ends with the built-in sign-off ("Kind
 * regards,\nAnna"), and a webmail compose window often has a signature of its
 * own. A hand-over into webmail therefore sends the sign-off apart (the insert
 * payload's `closing`); the page appends it only when the compose has no
 * signature. The mail app and the clipboard keep the message whole.
 */
import type { InsertPayload } from '../schema';

export interface SplitMessage {
  /** The message without the sign-off (and without the blank lines before it). */
  text: string;
  /** The sign-off, when the message ends with it. */
  closing?: string;
}

/**
 * Splits `closing` off the end of `message`. A message edited so that it no
 * longer ends with the sign-off (or a partner's own template with another one)
 * stays whole: two sign-offs are better than none.
 */
export function splitClosing(message: string, closing: string): SplitMessage {
  const sign = closing.trim();
  const body = message.replace(/\s+$/, '');
  if (sign === '' || !body.endsWith(sign)) return { text: message };
  const before = body.slice(0, body.length - sign.length);
  // The sign-off must start a line of its own, not end one ("…at your kind regards,").
  if (before !== '' && !before.endsWith('\n')) return { text: message };
  const text = before.replace(/\s+$/, '');
  return text === '' ? { text: message } : { text, closing: sign };
}

/** What a webmail hand-over sends, before the sign-off is split off. */
export interface HandoverDraft {
  to: string;
  subject: string;
  /** The whole message, ending with its sign-off as rendered. */
  message: string;
  /** The sign-off as rendered; '' or absent when there is none. */
  closing?: string;
  link: string;
  gdapLink?: string;
}

/**
 * The insert request for a webmail compose window: the message without its
 * sign-off, and the sign-off apart, for the page to add where the compose has
 * no signature. The popup's Insert, the in-compose dialog and the context menu
 * all send this.
 */
export function insertPayloadFor(draft: HandoverDraft): InsertPayload {
  const { text, closing } = splitClosing(draft.message, draft.closing ?? '');
  return {
    to: draft.to,
    subject: draft.subject,
    text,
    ...(closing ? { closing } : {}),
    link: draft.link,
    ...(draft.gdapLink ? { gdapLink: draft.gdapLink } : {}),
  };
}
