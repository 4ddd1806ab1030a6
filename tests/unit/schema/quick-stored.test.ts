// The popup's start-up takes a stored profile or unfinished draft without zod
// only when the schema would give it back unchanged: checked over generated
// values here, as the list's fast path is (quick-parse.test.ts). The defaults
// written out for the same reason are held equal to the schemas'.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import { newComposeForm } from '../../../lib/form/form';
import type {
  ChannelSchema,
  CloudSchema,
  DraftPurposeSchema,
  EmailLanguageSchema,
  InvitationStatusSchema,
  LinkVariantSchema,
  PurposeSchema,
  RelationshipTypeSchema,
  WebmailSchema,
} from '../../../lib/schema/base';
import {
  defaultSettings,
  quickComposeForm,
  quickProfile,
  quickUnfinishedDraft,
} from '../../../lib/schema/quick-stored';
import {
  ComposeFormSchema,
  PartnerProfileSchema,
  SettingsSchema,
  UnfinishedDraftSchema,
} from '../../../lib/schema/stored';
import type * as Values from '../../../lib/schema/values';
import { ABSENT, agreesWithSchema } from './agree';

const GUID = '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f';

import { PROFILE } from '../storage/fixtures';

const PROFILE_VALUES: Record<string, unknown[]> = {
  tenantId: [GUID, GUID.toUpperCase(), 'not-a-guid', '', ABSENT, 5],
  partnerName: ['Contoso', '', ' padded ', 'x'.repeat(200), 'x'.repeat(201), '   ', null, ABSENT],
  senderName: ['Anna', 'Anna ', '', 'x'.repeat(201), ABSENT],
  partnerId: [ABSENT, '1234567', '', '12345678901', 'abc', 1234567, undefined],
  signature: [ABSENT, 'Anna\nFabrikam', '', 'x'.repeat(2000), 'x'.repeat(2001), 3],
  country: [ABSENT, 'NL', 'nl', 'NLD', '', undefined],
  defaultCloud: ['public', 'germany', 'china', 'mars', ABSENT],
  defaultLanguage: ['en', 'nl', 'de', ABSENT],
  extra: [ABSENT, 'unknown field'],
};

const FORM = newComposeForm(PROFILE);

const FORM_VALUES: Record<string, unknown[]> = {
  customerId: [ABSENT, 'c1', '', 5, undefined],
  customerName: ['Contoso', '', ' padded ', ABSENT, null],
  contactEmail: ['anna@contoso.com', '', ABSENT, 3],
  contactName: ['Anna', ABSENT],
  customerDomain: ['contoso.com', ABSENT],
  customerCountry: ['NL', '', ABSENT],
  cloud: ['public', 'germany', 'moon', ABSENT],
  adminPrivileges: [true, false, 'yes', ABSENT],
  relationshipType: ['direct', 'indirect', 'other', ABSENT],
  providerTenantId: ['', GUID, ABSENT],
  purpose: ['new-relationship', 'reminder', 'restore-admin', 'x', ABSENT],
  language: ['en', 'nl', 'fr', ABSENT],
  gdapLink: ['', 'https://admin.microsoft.com/x', ABSENT, null],
  openInvitationId: [ABSENT, 'i1', 7],
  openInvitationLink: [ABSENT, 'https://admin.microsoft.com/y', false],
  openInvitationSentAt: [ABSENT, 1_700_000_000_000, -1, 1.5, 9e15, '1'],
  extra: [ABSENT, true],
};

const DRAFT = {
  form: FORM,
  edited: false,
  subject: 'Invitation',
  message: 'Dear Anna, …',
  link: 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship',
  savedAt: 1_700_000_000_000,
};

const DRAFT_VALUES: Record<string, unknown[]> = {
  form: [FORM, { ...FORM, cloud: 'moon' }, { ...FORM, extra: 1 }, 'broken', null, ABSENT],
  edited: [true, false, 'no', ABSENT],
  subject: ['Hello', '', 4, ABSENT],
  message: ['Body', '', ABSENT],
  link: ['', 'https://x', ABSENT, null],
  closing: [ABSENT, 'Kind regards,\nAnna', '', 1],
  savedAt: [0, 1_700_000_000_000, -1, 2.5, 8.64e15, 8.64e15 + 1, '5', ABSENT],
  extra: [ABSENT, 'x'],
};

describe('quickProfile', () => {
  it('accepts only what PartnerProfileSchema gives back unchanged', () => {
    agreesWithSchema(quickProfile, PartnerProfileSchema, PROFILE, PROFILE_VALUES);
  });

  it('takes a profile as saved; an older or hand-edited one goes to the schema', () => {
    expect(quickProfile(PartnerProfileSchema.parse(PROFILE))).toBe(true);
    const { defaultLanguage: _omitted, ...older } = PROFILE;
    expect(quickProfile(older)).toBe(false);
    expect(PartnerProfileSchema.parse(older).defaultLanguage).toBe('en');
    expect(quickProfile({ ...PROFILE, partnerName: ' Fabrikam ' })).toBe(false);
  });
});

describe('quickComposeForm and quickUnfinishedDraft', () => {
  it('accept only what ComposeFormSchema gives back unchanged', () => {
    agreesWithSchema(quickComposeForm, ComposeFormSchema, FORM, FORM_VALUES);
  });

  it('accept only what UnfinishedDraftSchema gives back unchanged', () => {
    agreesWithSchema(quickUnfinishedDraft, UnfinishedDraftSchema, DRAFT, DRAFT_VALUES);
  });

  it('take a draft as saved, with or without its closing', () => {
    const saved = UnfinishedDraftSchema.parse({ ...DRAFT, closing: 'Kind regards,\nAnna' });
    expect(quickUnfinishedDraft(saved)).toBe(true);
    expect(quickUnfinishedDraft(UnfinishedDraftSchema.parse(DRAFT))).toBe(true);
  });
});

describe('the defaults written out without zod', () => {
  it('newComposeForm is ComposeFormSchema’s defaults, in the schema’s order', () => {
    for (const [profile, ui] of [
      [undefined, 'en'],
      [PROFILE, 'en'],
      [{ ...PROFILE, defaultCloud: 'germany' as const }, 'nl'],
      [undefined, 'nl'],
    ] as const) {
      const form = newComposeForm(profile, ui);
      const parsed = ComposeFormSchema.parse({ cloud: form.cloud, language: form.language });
      expect(form).toStrictEqual(parsed);
      expect(Object.keys(form)).toEqual(Object.keys(parsed));
    }
  });

  it('defaultSettings is SettingsSchema’s defaults, a fresh copy each time', () => {
    expect(defaultSettings()).toStrictEqual(SettingsSchema.parse({}));
    expect(defaultSettings().templates).not.toBe(defaultSettings().templates);
  });

  it('the enums’ types in values.ts are the schemas’ types', () => {
    expectTypeOf<Values.Cloud>().toEqualTypeOf<z.infer<typeof CloudSchema>>();
    expectTypeOf<Values.RelationshipType>().toEqualTypeOf<z.infer<typeof RelationshipTypeSchema>>();
    expectTypeOf<Values.Purpose>().toEqualTypeOf<z.infer<typeof PurposeSchema>>();
    expectTypeOf<Values.DraftPurpose>().toEqualTypeOf<z.infer<typeof DraftPurposeSchema>>();
    expectTypeOf<Values.EmailLanguage>().toEqualTypeOf<z.infer<typeof EmailLanguageSchema>>();
    expectTypeOf<Values.InvitationStatus>().toEqualTypeOf<z.infer<typeof InvitationStatusSchema>>();
    expectTypeOf<Values.Channel>().toEqualTypeOf<z.infer<typeof ChannelSchema>>();
    expectTypeOf<Values.Webmail>().toEqualTypeOf<z.infer<typeof WebmailSchema>>();
    expectTypeOf<Values.LinkVariant>().toEqualTypeOf<z.infer<typeof LinkVariantSchema>>();
  });
});
