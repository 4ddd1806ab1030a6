/** Outlook on the web, work or school and personal: docs/WEBMAIL.md, "Outlook on the web". */
import { outlookComposeUrl } from '../compose-url';
import { matchesFor, type WebmailSite } from './site';

const HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
];

export const OUTLOOK_SITE: WebmailSite = {
  id: 'outlook',
  hosts: HOSTS,
  matches: matchesFor(HOSTS),
  composeUrl: outlookComposeUrl,
  scriptFile: '/content-scripts/outlook.js',
  // Pop-out and some compose UI live in same-origin or about:blank frames.
  inFrames: true,
};
