/**
 * One sign-off per e-mail: the draft ends with the built-in sign-off ("Kind
 * regards,\nAnna"), and a webmail compose window often has a signature of its
 * own. A hand-over into webmail therefore sends the sign-off apart (the insert
 * payload's `closing`); the page appends it only when the compose has no
 * signature. The mail app and the clipboard keep the message whole.
 */

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
