import { describe, expect, it } from 'vitest';
import { newComposeForm } from '../../../lib/form/form';
import { defaultEmailLanguage, emailLanguageFor } from '../../../lib/form/language';
import { profileInputOf } from '../../../lib/form/profile-input';

describe('the e-mail language a new draft starts in', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['NL_nl', 'nl'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('the browser in %s gives %s', (ui, expected) => {
    expect(emailLanguageFor(ui)).toBe(expected);
  });

  it("follows the profile's choice, else the browser's UI language", () => {
    expect(defaultEmailLanguage({ defaultLanguage: 'en' }, 'nl')).toBe('en');
    expect(defaultEmailLanguage({ defaultLanguage: 'nl' }, 'en-US')).toBe('nl');
    expect(defaultEmailLanguage(undefined, 'nl')).toBe('nl');
    expect(newComposeForm(undefined, 'nl-NL').language).toBe('nl');
  });

  it('a first profile offers the browser language as its default e-mail language', () => {
    expect(profileInputOf(undefined, 'nl').defaultLanguage).toBe('nl');
    expect(profileInputOf(undefined, 'fr').defaultLanguage).toBe('en');
    expect(
      profileInputOf(
        {
          tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
          partnerName: 'P',
          senderName: 'S',
          defaultCloud: 'public',
          defaultLanguage: 'en',
        },
        'nl',
      ).defaultLanguage,
    ).toBe('en');
  });

  it('never starts a new draft in Microsoft Cloud Germany', () => {
    const profile = {
      tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      partnerName: 'P',
      senderName: 'S',
      defaultCloud: 'germany' as const,
      defaultLanguage: 'en' as const,
    };
    expect(newComposeForm(profile).cloud).toBe('public');
    expect(profileInputOf(profile).defaultCloud).toBe('public');
  });
});
