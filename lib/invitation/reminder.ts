/**
 * The reminder e-mail for an invitation already sent: a short nudge that points
 * at the same link (it keeps working), in the invitation's language. A reminder
 * is a follow-up event on that invitation, never a second invitation
 * (docs/ARCHITECTURE.md, "Data").
 */
import type { Cloud, EmailLanguage, Template } from '../schema';
import { acceptPortalFor, GLOBAL_ADMIN_GUIDANCE } from './rules';
import { type DraftValues, renderTemplate, segmentsToText } from './template-syntax';

const REMINDER_TEMPLATES: Record<EmailLanguage, Template> = {
  en: {
    subject: 'Reminder: please authorize {partnerName} as your Microsoft partner',
    body: `{{#contactName}}Dear {contactName},{{/contactName}}{{^contactName}}Dear Sir or Madam,{{/contactName}}

A short reminder: we invited {customerName} to accept {partnerName} as its Microsoft Cloud Solution Provider (CSP) partner, and we have not seen the invitation accepted yet.

The link still works:

{link}

It opens {acceptPortal}. ${GLOBAL_ADMIN_GUIDANCE.en}
{{#gdapLink}}
Our request for granular delegated admin privileges (GDAP) is waiting too:

{gdapLink}
{{/gdapLink}}
If you have any questions, or would rather not go ahead, simply reply to this e-mail.

Kind regards,
{signature}`,
  },
  nl: {
    subject: 'Herinnering: wilt u {partnerName} machtigen als uw Microsoft-partner?',
    body: `{{#contactName}}Beste {contactName},{{/contactName}}{{^contactName}}Geachte heer, mevrouw,{{/contactName}}

Een korte herinnering: wij hebben {customerName} uitgenodigd om {partnerName} te machtigen als Microsoft Cloud Solution Provider (CSP)-partner, en wij zien de uitnodiging nog niet geaccepteerd.

De link werkt nog steeds:

{link}

Hij opent {acceptPortal}. ${GLOBAL_ADMIN_GUIDANCE.nl}
{{#gdapLink}}
Ook ons verzoek om gedetailleerde gedelegeerde beheerdersbevoegdheden (GDAP) wacht nog:

{gdapLink}
{{/gdapLink}}
Hebt u vragen, of wilt u liever niet verder? Reageer dan gerust op deze e-mail.

Met vriendelijke groet,
{signature}`,
  },
};

export interface ReminderInput {
  language: EmailLanguage;
  cloud: Cloud;
  customerName: string;
  contactName: string;
  partnerName: string;
  senderName: string;
  signature?: string;
  /** The invitation's own link, exactly as it was sent. */
  link: string;
  gdapLink?: string;
}

export function renderReminder(input: ReminderInput): { subject: string; text: string } {
  const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const signature = input.signature?.trim()
    ? input.signature.trim()
    : [oneLine(input.senderName), oneLine(input.partnerName)].filter(Boolean).join('\n');
  const values: DraftValues = {
    customerName: oneLine(input.customerName),
    contactName: oneLine(input.contactName),
    partnerName: oneLine(input.partnerName),
    senderName: oneLine(input.senderName),
    link: input.link.trim(),
    acceptPortal: acceptPortalFor(input.cloud, input.language).name,
    gdapLink: input.gdapLink?.trim() ?? '',
    signature,
  };
  const template = REMINDER_TEMPLATES[input.language];
  return {
    subject: segmentsToText(renderTemplate(template.subject, values))
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim(),
    text: segmentsToText(renderTemplate(template.body, values)),
  };
}
