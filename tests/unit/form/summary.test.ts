import { describe, expect, it } from 'vitest';
import { newComposeForm } from '../../../lib/form/form';
import { requestSummary } from '../../../lib/form/summary';
import { labelsOf } from './locale';

const en = labelsOf('en');
const nl = labelsOf('nl');
const form = newComposeForm(undefined);

describe('the request summary line', () => {
  it('says the defaults in one line', () => {
    expect(requestSummary(form, en)).toBe(
      'Public cloud · admin privileges · direct · new relationship · English',
    );
  });

  it('follows every option, in the UI language, naming the e-mail language by its own name', () => {
    const changed = {
      ...form,
      cloud: 'china' as const,
      adminPrivileges: false,
      relationshipType: 'indirect' as const,
      purpose: 'restore-admin' as const,
      language: 'nl' as const,
      gdapLink: 'https://admin.microsoft.com/x',
    };
    expect(requestSummary(changed, en)).toBe(
      '21Vianet (China) · no admin privileges · indirect · restore admin privileges · Nederlands · GDAP request',
    );
    expect(requestSummary(changed, nl)).toBe(
      '21Vianet (China) · geen beheerdersrechten · indirect · beheerdersrechten herstellen · Nederlands · GDAP-verzoek',
    );
  });

  it('says admin privileges where the cloud forces them, whatever the checkbox says', () => {
    const gov = { ...form, cloud: 'us-government' as const, adminPrivileges: false };
    expect(requestSummary(gov, en)).toMatch(/^US Government · admin privileges ·/);
  });

  it('names a reminder', () => {
    expect(requestSummary({ ...form, purpose: 'reminder' }, en)).toContain('· reminder ·');
  });
});
