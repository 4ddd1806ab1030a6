/**
 * Every UI text of the popup and the shared components is in both locales: the
 * literal keys in the source, the keys built from enums, and a translated
 * sentence for each error code the popup's checks produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  CLOUDS,
  INSERT_ERROR_CODES,
  PURPOSES,
  RELATIONSHIP_TYPES,
} from '../../../lib/schema';

const ROOT = join(import.meta.dirname, '../../..');
const locale = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
const LOCALES = { en: locale('en'), nl: locale('nl') };

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
}

const literalKeys = [...sources('entrypoints/popup'), ...sources('components')].flatMap((text) =>
  [...text.matchAll(/['"`]((?:popup|profile|common)_[A-Za-z0-9_]+)['"`]/g)].map((m) => m[1]!),
);

const underscored = (s: string) => s.replace(/-/g, '_');
const builtKeys = [
  ...CLOUDS.map((c) => `common_cloud_${underscored(c)}`),
  ...PURPOSES.map((p) => `popup_purpose_${underscored(p)}`),
  ...RELATIONSHIP_TYPES.map((r) => `popup_relationship_${r}`),
  ...CHANNELS.map((c) => `popup_channel_${underscored(c)}`),
  ...[...INSERT_ERROR_CODES, 'tab-unreachable'].map((c) => `popup_insertFail_${underscored(c)}`),
];

/** Codes lib/compose and lib/invitation give the popup's fields. */
const ERROR_CODES = [
  'tenant-id-empty',
  'tenant-id-malformed',
  'partner-name-empty',
  'sender-name-empty',
  'too-long',
  'partner-id-malformed',
  'partner-id-required',
  'country-malformed',
  'customer-name-missing',
  'email-empty',
  'email-malformed',
  'email-typo',
  'domain-malformed',
  'domain-typo',
  'provider-id-required',
  'provider-id-malformed',
  'provider-id-same-as-tenant',
  'gdap-not-a-url',
  'gdap-not-https',
  'gdap-host-not-microsoft',
  'gdap-not-a-relationship-link',
  'gdap-id-malformed',
  'subject-empty',
  'link-removed',
  'link-altered',
  'region-different',
  'region-unknown',
  ...[
    'not-a-url',
    'not-https',
    'host-not-microsoft',
    'unknown-link-type',
    'tenant-id-missing',
    'tenant-id-malformed',
    'partner-id-missing',
    'partner-id-malformed',
    'provider-id-missing',
    'provider-id-malformed',
    'dap-malformed',
  ].map((code) => `link-${code}`),
];

describe('popup locales', () => {
  const keys = [
    ...new Set([
      ...literalKeys,
      ...builtKeys,
      ...ERROR_CODES.map((c) => `common_err_${underscored(c)}`),
    ]),
  ];

  it('finds the keys it checks', () => {
    expect(literalKeys.length).toBeGreaterThan(50);
  });

  it.each(Object.entries(LOCALES))(
    'has every key in %s, with a non-empty message',
    (_, messages) => {
      const missing = keys.filter((key) => !messages[key]?.message?.trim());
      expect(missing).toEqual([]);
    },
  );

  it('uses the same substitutions in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    const differ = keys.filter(
      (key) =>
        placeholders(LOCALES.en[key]?.message ?? '').join() !==
        placeholders(LOCALES.nl[key]?.message ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  it('keeps the accessible names of docs/ARCHITECTURE.md’s UI contract in English', () => {
    const en = (key: string) => LOCALES.en[key]?.message;
    expect(
      [
        'profile_tenantId',
        'profile_partnerName',
        'profile_senderName',
        'profile_save',
        'popup_customerName',
        'popup_contactEmail',
        'popup_contactName',
        'popup_customerDomain',
        'popup_cloud',
        'popup_adminPrivileges',
        'popup_relationshipType',
        'popup_language',
        'popup_subject',
        'popup_message',
        'popup_insertIntoCompose',
        'popup_openInEmailApp',
        'popup_copyToClipboard',
        'popup_done',
      ].map(en),
    ).toEqual([
      'Partner tenant ID',
      'Partner name',
      'Your name',
      'Save profile',
      'Customer name',
      'Contact email',
      'Contact name',
      'Customer domain',
      'Cloud',
      'Include delegated administration privileges',
      'Relationship type',
      'Email language',
      'Subject',
      'Message',
      'Insert into compose',
      'Open in email app',
      'Copy to clipboard',
      'Done',
    ]);
  });
});
