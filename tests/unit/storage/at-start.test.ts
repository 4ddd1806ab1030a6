// The popup's start-up reads give what lib/storage's loaders give, with or
// without zod: a value stored as saved is taken as it is, any other parsed.
import { describe, expect, it } from 'vitest';
import { newComposeForm } from '../../../lib/form/form';
import { profileFromStored, unfinishedDraftFromStored } from '../../../lib/storage';
import { profileAtStart, unfinishedDraftAtStart } from '../../../lib/storage/at-start';

import { PROFILE } from './fixtures';

const DRAFT = {
  form: newComposeForm(undefined),
  edited: true,
  subject: 'Invitation',
  message: 'Dear Anna',
  link: '',
  savedAt: 1_700_000_000_000,
};

describe('profileAtStart', () => {
  it.each([
    ['as saved', { profile: PROFILE }],
    [
      'without a default (an earlier version)',
      { profile: { ...PROFILE, defaultLanguage: undefined } },
    ],
    ['with names to trim', { profile: { ...PROFILE, partnerName: ' Fabrikam ' } }],
    ['invalid', { profile: { ...PROFILE, tenantId: 'nope' } }],
    ['absent', {}],
  ])('%s: what profileFromStored gives', async (_case, stored) => {
    expect(await profileAtStart(stored)).toStrictEqual(profileFromStored(stored));
  });

  it('takes a profile as saved as it is, and fills an older one’s defaults', async () => {
    const stored = { profile: PROFILE };
    expect(await profileAtStart(stored)).toBe(PROFILE);
    const { defaultLanguage: _d, ...older } = PROFILE;
    expect((await profileAtStart({ profile: older }))?.defaultLanguage).toBe('en');
  });
});

describe('unfinishedDraftAtStart', () => {
  it.each([
    ['as saved', { unfinishedDraft: DRAFT }],
    ['without `edited` (an earlier version)', { unfinishedDraft: { ...DRAFT, edited: undefined } }],
    ['broken', { unfinishedDraft: { form: 'broken' } }],
    ['absent', {}],
  ])('%s: what unfinishedDraftFromStored gives', async (_case, stored) => {
    expect(await unfinishedDraftAtStart(stored)).toStrictEqual(unfinishedDraftFromStored(stored));
  });
});
