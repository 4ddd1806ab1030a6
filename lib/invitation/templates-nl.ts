/**
 * Ingebouwde Nederlandse e-mails, één per doel: the Dutch counterparts of
 * templates-en.ts, written as a Dutch partner would write them (formal "u").
 */
import type { DraftPurpose, Template } from '../schema';
import { CUSTOMER_AGREEMENT_GUIDANCE, GLOBAL_ADMIN_GUIDANCE } from './rules';

const GREETING =
  '{{#contactName}}Beste {contactName},{{/contactName}}{{^contactName}}Geachte heer, mevrouw,{{/contactName}}';

const POINTS = `- ${GLOBAL_ADMIN_GUIDANCE.nl}
- ${CUSTOMER_AGREEMENT_GUIDANCE.nl}
- De link is persoonlijk en leidt naar ons account; gebruik hem daarom ongewijzigd.`;

const GDAP = `{{#gdapLink}}
Ook hebben wij u een verzoek gestuurd voor gedetailleerde gedelegeerde beheerdersbevoegdheden (GDAP): alleen de beheerdersrollen die wij nodig hebben, voor een beperkte periode. U kunt het hier bekijken en goedkeuren:

{gdapLink}
{{/gdapLink}}`;

/** De afsluiting, apart gehouden zoals in templates-en.ts. */
export const SIGN_OFF_NL = `Met vriendelijke groet,
{signature}`;

const CLOSING = `Hebt u vragen? Reageer dan gerust op deze e-mail.

${SIGN_OFF_NL}`;

export const TEMPLATES_NL: Record<DraftPurpose, Template> = {
  'new-relationship': {
    subject: 'Verzoek om {partnerName} te machtigen als uw Microsoft-partner',
    body: `${GREETING}

{partnerName} wil graag de Microsoft Cloud Solution Provider-partner (CSP) van {customerName} worden. Als uw partner kunnen wij uw Microsoft-abonnementen en -licenties afnemen en beheren, en zijn wij uw eerste aanspreekpunt voor ondersteuning.

U kunt onze uitnodiging accepteren via deze link:

{link}

De link opent {acceptPortal}, waar u de uitnodiging accepteert en ons als partner machtigt. Goed om te weten:
${POINTS}

${GDAP}

${CLOSING}`,
  },
  'additional-partner': {
    subject: '{partnerName} toevoegen als extra Microsoft-partner',
    body: `${GREETING}

U werkt al samen met een Microsoft-partner, en dat kan zo blijven: een organisatie kan meerdere Microsoft-partners hebben. {partnerName} wil graag als extra Cloud Solution Provider-partner (CSP) van {customerName} worden toegevoegd, zodat wij ook Microsoft-abonnementen voor u kunnen afnemen en beheren. Uw huidige partner behoudt de relatie met u en zijn abonnementen.

U kunt onze uitnodiging accepteren via deze link:

{link}

De link opent {acceptPortal}, waar u de uitnodiging accepteert en ons als partner machtigt. Goed om te weten:
${POINTS}

${GDAP}

${CLOSING}`,
  },
  'restore-admin': {
    subject: 'Verzoek om de beheerdersrechten van {partnerName} te herstellen',
    body: `${GREETING}

{partnerName} heeft geen beheerdersrechten meer voor de Microsoft-omgeving van {customerName}. Om u weer snel en volledig te kunnen helpen, vragen wij u deze rechten te herstellen door onze uitnodiging te accepteren via deze link:

{link}

De link opent {acceptPortal}, waar u de uitnodiging accepteert. U houdt zelf de regie: u kunt deze rechten altijd weer aanpassen of intrekken. Goed om te weten:
${POINTS}

${GDAP}

${CLOSING}`,
  },
  reminder: {
    subject: 'Herinnering: verzoek om {partnerName} te machtigen als uw Microsoft-partner',
    body: `${GREETING}

{{#sentDate}}Op {sentDate} hebben wij u{{/sentDate}}{{^sentDate}}Onlangs hebben wij u{{/sentDate}} een uitnodiging gestuurd om {partnerName} te machtigen als Microsoft Cloud Solution Provider-partner (CSP) van {customerName}. Voor zover wij kunnen zien, is die nog niet geaccepteerd. Daarom sturen wij u dezelfde link nogmaals:

{link}

De link opent {acceptPortal}, waar u de uitnodiging accepteert en ons als partner machtigt. Goed om te weten:
${POINTS}

${GDAP}

${CLOSING}`,
  },
};
