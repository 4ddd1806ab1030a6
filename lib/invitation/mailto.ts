/**
 * A `mailto:` URL for "Open in email app", encoded per RFC 6068: every field is
 * percent-encoded UTF-8 (encodeURIComponent gives spaces as %20, never `+`), and
 * line breaks in the body are CRLF (%0D%0A), as the RFC requires.
 */
import type { AppError } from '../schema';

/**
 * Longer mailto URLs get cut: Windows' ShellExecute, which hands the URL to the
 * mail app, and several mail apps (Outlook desktop among them) truncate around
 * 2,048 characters, and a cut body would lose the personalized link. 2,000 leaves
 * a margin. Past it, the popup offers "Copy to clipboard" instead.
 */
export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoInput {
  /** One address, or several separated by commas. */
  to: string;
  subject: string;
  body: string;
}

export interface MailtoTooLongError extends AppError<'mailto-too-long'> {
  length: number;
  max: number;
}

export type MailtoResult = { ok: true; value: string } | { ok: false; error: MailtoTooLongError };

export function buildMailto({ to, subject, body }: MailtoInput): MailtoResult {
  const recipients = to
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
    // `@` may stay as it is in the address part (RFC 6068, section 2); clients read it more reliably.
    .map((address) => encodeURIComponent(address).replace(/%40/g, '@'))
    .join(',');
  const fields: string[] = [];
  if (subject !== '') fields.push(`subject=${encodeURIComponent(subject)}`);
  if (body !== '') fields.push(`body=${encodeURIComponent(body.replace(/\r\n|\r|\n/g, '\r\n'))}`);
  const url = `mailto:${recipients}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
  if (url.length > MAILTO_MAX_LENGTH) {
    return {
      ok: false,
      error: {
        code: 'mailto-too-long',
        message: `This e-mail is too long to hand to your mail app (${url.length.toLocaleString('en-US')} characters encoded; the limit is ${MAILTO_MAX_LENGTH.toLocaleString('en-US')}), which would cut it off. Use Copy to clipboard instead, or shorten the text.`,
        length: url.length,
        max: MAILTO_MAX_LENGTH,
      },
    };
  }
  return { ok: true, value: url };
}
