/** The compose form's fields that can carry an error, in reading order (focus goes to the first). */
export const COMPOSE_FIELDS = [
  'customerName',
  'contactEmail',
  'customerCountry',
  'contactName',
  'customerDomain',
  'cloud',
  'relationshipType',
  'providerTenantId',
  'gdapLink',
  'subject',
  'message',
] as const;
export type ComposeField = (typeof COMPOSE_FIELDS)[number];
