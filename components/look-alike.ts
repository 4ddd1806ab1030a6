/**
 * The look-alike mail-domain warning (lib/invitation/lookalike.ts) in the UI's
 * language, for the popup's contact e-mail and the options page's details.
 */
import { lookAlikeDomain } from '../lib/invitation/lookalike';
import { errorText } from './error-text';

export function lookAlikeText(emailOrDomain: string): string | undefined {
  const warning = lookAlikeDomain(emailOrDomain);
  if (!warning) return undefined;
  const params =
    warning.code === 'domain-punycode'
      ? [warning.domain, warning.shown]
      : [warning.shown, warning.scripts.join(', ')];
  return errorText({ code: warning.code, message: warning.message, params });
}
