import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../lib/transfer/csv-columns';

describe('CSV column names', () => {
  it.each([
    ['Name', 'name'],
    ['Customer name', 'name'],
    ['COMPANY NAME', 'name'],
    ['Bedrijfsnaam', 'name'],
    ['Contact email', 'contactEmail'],
    ['E-mail', 'contactEmail'],
    ['Email address', 'contactEmail'],
    ['Contact name', 'contactName'],
    ['Domain', 'domain'],
    ['Primary domain name', 'domain'],
    ['Tenant ID', 'tenantId'],
    ['Microsoft ID', 'tenantId'],
    ['cloud', 'cloud'],
    ['Notes', 'notes'],
    ['Opmerkingen', 'notes'],
  ])('"%s" is read as %s', (header, field) => {
    expect(mapColumns([header]).columns).toEqual({ [field]: 0 });
  });

  it('lists columns it does not use, including a second name column', () => {
    const map = mapColumns(['Name', 'Latest status', 'Company name', '']);
    expect(map.columns).toEqual({ name: 0 });
    expect(map.ignored).toEqual(['Latest status', 'Company name']);
  });
});
