/**
 * The customer CSV in the partner's language (`Export CSV` is for people: a
 * spreadsheet, a colleague, a report): column titles and values as the UI says
 * them, dates as the partner's locale writes them. Both languages' titles and
 * cloud names are ones the CSV import reads back (csv-columns.ts,
 * customer-row.ts); the JSON backup stays the lossless copy.
 */
import type { Cloud, InvitationStatus } from '../schema';

export const CSV_COLUMN_IDS = [
  'name',
  'contactName',
  'contactEmail',
  'domain',
  'tenantId',
  'cloud',
  'status',
  'sent',
  'daysWaiting',
  'reminders',
  'lastReminder',
  'notes',
  'datedNotes',
] as const;
export type CsvColumnId = (typeof CSV_COLUMN_IDS)[number];

export type CsvLanguage = 'en' | 'nl';

interface CsvLabels {
  columns: Record<CsvColumnId, string>;
  status: Record<InvitationStatus, string>;
  cloud: Record<Cloud, string>;
}

export const CSV_LABELS: Record<CsvLanguage, CsvLabels> = {
  en: {
    columns: {
      name: 'Name',
      contactName: 'Contact name',
      contactEmail: 'Contact email',
      domain: 'Domain',
      tenantId: 'Tenant ID',
      cloud: 'Cloud',
      status: 'Latest status',
      sent: 'Sent date',
      daysWaiting: 'Days waiting',
      reminders: 'Reminders',
      lastReminder: 'Last reminder',
      notes: 'Notes',
      datedNotes: 'Dated notes',
    },
    status: {
      draft: 'Draft',
      sent: 'Sent',
      accepted: 'Accepted',
      declined: 'Declined',
      expired: 'Expired',
      cancelled: 'Cancelled',
      removed: 'Removed',
    },
    cloud: {
      public: 'Public',
      'us-government': 'US Government',
      germany: 'Germany',
      china: 'China (21Vianet)',
    },
  },
  nl: {
    columns: {
      name: 'Naam',
      contactName: 'Contactpersoon',
      contactEmail: 'E-mailadres',
      domain: 'Domein',
      tenantId: 'Tenant-ID',
      cloud: 'Cloud',
      status: 'Laatste status',
      sent: 'Verstuurd op',
      daysWaiting: 'Dagen wachtend',
      reminders: 'Herinneringen',
      lastReminder: 'Laatste herinnering',
      notes: 'Notities',
      datedNotes: 'Notities met datum',
    },
    status: {
      draft: 'Concept',
      sent: 'Verstuurd',
      accepted: 'Geaccepteerd',
      declined: 'Afgewezen',
      expired: 'Verlopen',
      cancelled: 'Geannuleerd',
      removed: 'Verwijderd',
    },
    cloud: {
      public: 'Openbaar',
      'us-government': 'US Government',
      germany: 'Duitsland',
      china: 'China (21Vianet)',
    },
  },
};

/** The labels for a locale such as `nl-NL` or `en-GB`: Dutch for `nl`, else English. */
export function csvLabelsFor(locale: string): CsvLabels {
  return CSV_LABELS[locale.toLowerCase().startsWith('nl') ? 'nl' : 'en'];
}

/** A date as the locale writes it in a spreadsheet cell: digits, four-digit year ("31-05-2024"). */
export function csvDateFormat(locale: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (ms) => format.format(ms);
}
