/**
 * Which CSV column holds which customer field. Spreadsheets name columns in many
 * ways, so headers are compared without case, spaces or punctuation ("Contact
 * e-mail" = "contactemail") against a list of names per field, in English and
 * Dutch (the UI's two languages), plus the names this extension's own CSV export
 * and Partner Center's Customers.csv use.
 */

export const CUSTOMER_FIELDS = [
  'name',
  'contactName',
  'contactEmail',
  'domain',
  'tenantId',
  'cloud',
  'country',
  'notes',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

const ALIASES: Record<CustomerField, readonly string[]> = {
  name: [
    'name',
    'customername',
    'companyname',
    'customer',
    'company',
    'organization',
    'organisation',
    'naam',
    'klantnaam',
    'bedrijfsnaam',
    'klant',
    'bedrijf',
  ],
  contactName: ['contactname', 'contact', 'contactperson', 'contactpersoon', 'naamcontactpersoon'],
  contactEmail: [
    'contactemail',
    'contactemailaddress',
    'email',
    'emailaddress',
    'mail',
    'emailadres',
    'contactmail',
  ],
  domain: [
    'domain',
    'domainname',
    'primarydomain',
    'primarydomainname',
    'customerdomain',
    'website',
    'domein',
    'domeinnaam',
  ],
  // Partner Center calls the customer's tenant ID "Microsoft ID".
  tenantId: ['tenantid', 'microsoftid', 'tenant', 'directoryid', 'customertenantid', 'tenantguid'],
  cloud: ['cloud', 'cloudinstance'],
  country: ['country', 'countrycode', 'land'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notities', 'opmerkingen'],
};

const FIELD_OF = new Map<string, CustomerField>(
  CUSTOMER_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const)),
);

/** "Contact e-mail" → "contactemail": case, accents, spaces and punctuation ignored. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface ColumnMap {
  /** The column index of each field the file has. */
  columns: Partial<Record<CustomerField, number>>;
  /** Headers not used: unknown, or a second column for a field already found. */
  ignored: string[];
}

/** The first column naming a field wins; later ones are listed as ignored. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = { columns: {}, ignored: [] };
  header.forEach((title, index) => {
    const field = FIELD_OF.get(headerKey(title));
    if (field !== undefined && map.columns[field] === undefined) map.columns[field] = index;
    else if (title !== '') map.ignored.push(title);
  });
  return map;
}

/** For the "no name column" message: what the partner can call it. */
export const NAME_HEADER_EXAMPLES = ['Name', 'Customer name', 'Company name'];
