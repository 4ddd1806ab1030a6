import { describe, expect, it } from 'vitest';
import { InsertResponseSchema, PartnerProfileSchema, SettingsSchema } from '../../lib/schema';

describe('schema', () => {
  it('trims profile names and applies defaults', () => {
    const parsed = PartnerProfileSchema.parse({
      tenantId: '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f',
      partnerName: '  Contoso IT  ',
      senderName: 'Anna',
    });
    expect(parsed.partnerName).toBe('Contoso IT');
    expect(parsed.defaultCloud).toBe('public');
    expect(parsed.defaultLanguage).toBe('en');
  });

  it('refuses a malformed tenant ID', () => {
    const r = PartnerProfileSchema.safeParse({
      tenantId: 'abc',
      partnerName: 'A',
      senderName: 'B',
    });
    expect(r.success).toBe(false);
  });

  it('gives settings their defaults field by field', () => {
    expect(SettingsSchema.parse({ reminderDays: 3 })).toEqual({
      reminderDays: 3,
      preferredWebmail: 'gmail',
      linkTemplates: {},
      templates: {},
    });
  });

  it('parses an insert failure with compose choices', () => {
    const r = InsertResponseSchema.parse({
      ok: false,
      code: 'several-composes',
      message: 'Two compose windows are open.',
      composes: [{ id: 'c1', label: 'To: a@b.c' }],
    });
    expect(r.ok).toBe(false);
  });
});
