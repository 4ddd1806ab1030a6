/** Gmail: docs/WEBMAIL.md, "Gmail". */
import { gmailComposeUrl } from '../compose-url';
import { matchesFor, type WebmailSite } from './site';

const HOSTS = ['mail.google.com'];

export const GMAIL_SITE: WebmailSite = {
  id: 'gmail',
  hosts: HOSTS,
  matches: matchesFor(HOSTS),
  composeUrl: gmailComposeUrl,
  scriptFile: '/content-scripts/gmail.js',
  // Gmail's compose windows live in the top document only.
  inFrames: false,
};
