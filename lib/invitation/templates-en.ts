/**
 * Built-in English e-mails, one per purpose. The guidance sentences come from
 * rules.ts so they are written once; the seed's advice is all here: the link must
 * stay as it is, a Global Administrator accepts, the Customer Agreement may be
 * asked for, and where the customer accepts ({acceptPortal}, per cloud). Kept
 * short on purpose: with a GDAP link the e-mail must still fit a mailto: URL.
 */
import type { DraftPurpose, Template } from '../schema';
import { CUSTOMER_AGREEMENT_GUIDANCE, GLOBAL_ADMIN_GUIDANCE } from './rules';

const GREETING =
  '{{#contactName}}Dear {contactName},{{/contactName}}{{^contactName}}Dear Sir or Madam,{{/contactName}}';

const POINTS = `- ${GLOBAL_ADMIN_GUIDANCE.en}
- ${CUSTOMER_AGREEMENT_GUIDANCE.en}
- The link is personal to our account, so please use it exactly as it is.`;

const GDAP = `{{#gdapLink}}
We have also sent a request for granular delegated admin privileges (GDAP): only the admin roles we need to support you, for a limited time. You can review and approve it here:

{gdapLink}
{{/gdapLink}}`;

/**
 * The sign-off, kept apart from the rest (templates.ts `SIGN_OFFS`): a webmail
 * compose with a signature of its own gets the e-mail without it.
 */
export const SIGN_OFF_EN = `Kind regards,
{signature}`;

const CLOSING = `If you have any questions, simply reply to this e-mail.

${SIGN_OFF_EN}`;

export const TEMPLATES_EN: Record<DraftPurpose, Template> = {
  'new-relationship': {
    subject: 'Please authorize {partnerName} as your Microsoft partner',
    body: `${GREETING}

{partnerName} would like to become the Microsoft Cloud Solution Provider (CSP) partner of {customerName}. As your partner, we can purchase and manage your Microsoft subscriptions and licenses and be your first point of contact for support.

Please accept our invitation with this link:

{link}

It opens {acceptPortal}, where you accept the invitation and authorize us as your partner. Please note:
${POINTS}

${GDAP}

${CLOSING}`,
  },
  'additional-partner': {
    subject: 'Adding {partnerName} as an additional Microsoft partner',
    body: `${GREETING}

You already work with a Microsoft partner, and that can stay as it is: an organization can have more than one. {partnerName} would like to be added as an additional Cloud Solution Provider (CSP) partner of {customerName}, so that we can also purchase and manage Microsoft subscriptions for you. Your current partner keeps its relationship with you and its subscriptions.

Please accept our invitation with this link:

{link}

It opens {acceptPortal}, where you accept the invitation and authorize us as your partner. Please note:
${POINTS}

${GDAP}

${CLOSING}`,
  },
  'restore-admin': {
    subject: 'Please restore admin access for {partnerName}',
    body: `${GREETING}

{partnerName} no longer has admin privileges for the Microsoft environment of {customerName}. So that we can help you quickly and fully again, we would like to ask you to restore them by accepting our invitation with this link:

{link}

It opens {acceptPortal}, where you accept the invitation. You stay in control: you can change or remove these privileges at any time. Please note:
${POINTS}

${GDAP}

${CLOSING}`,
  },
  reminder: {
    subject: 'Reminder: please authorize {partnerName} as your Microsoft partner',
    body: `${GREETING}

{{#sentDate}}On {sentDate} we sent{{/sentDate}}{{^sentDate}}We recently sent{{/sentDate}} you an invitation to authorize {partnerName} as the Microsoft Cloud Solution Provider (CSP) partner of {customerName}. As far as we can see it has not been accepted yet, so here is the same link again:

{link}

It opens {acceptPortal}, where you accept the invitation and authorize us as your partner. Please note:
${POINTS}

${GDAP}

${CLOSING}`,
  },
};
