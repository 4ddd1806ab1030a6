/**
 * The partner-profile form (popup on first use, options page): what the fields
 * hold as typed, reading a pasted Partner Center link in the tenant ID field, and
 * checking everything before `saveProfile` — a profile is saved whole or not at all.
 */
import type { SeenForm } from '../invitation/link-shape';
import { parseInvitationLink } from '../invitation/parse';
import { quickProfile } from '../schema/quick-stored';
import type { PartnerProfile } from '../schema/stored';
import { type Cloud, type EmailLanguage, GUID_PATTERN, type LinkVariant } from '../schema/values';
import type { FieldError, FieldErrors } from './field-error';
import { cloudForNewInvitation } from './form';
import { defaultEmailLanguage } from './language';

/** The form's fields in reading order (the first invalid one gets the focus). */
export const PROFILE_FIELDS = [
  'tenantId',
  'partnerName',
  'senderName',
  'partnerId',
  'country',
  'defaultCloud',
  'defaultLanguage',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileInput {
  tenantId: string;
  partnerName: string;
  senderName: string;
  partnerId: string;
  country: string;
  defaultCloud: Cloud;
  defaultLanguage: EmailLanguage;
}

const NAME_MAX = 200;
export const EXAMPLE_GUID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/**
 * The form's fields for `profile`; a first profile's e-mail language is the
 * browser's (`uiLanguage`), and Microsoft Cloud Germany is offered no more.
 */
export function profileInputOf(profile?: PartnerProfile, uiLanguage = 'en'): ProfileInput {
  return {
    tenantId: profile?.tenantId ?? '',
    partnerName: profile?.partnerName ?? '',
    senderName: profile?.senderName ?? '',
    partnerId: profile?.partnerId ?? '',
    country: profile?.country ?? '',
    defaultCloud: cloudForNewInvitation(profile?.defaultCloud ?? 'public'),
    defaultLanguage: defaultEmailLanguage(profile, uiLanguage),
  };
}

export type TenantIdReading =
  | { kind: 'empty' }
  | { kind: 'guid'; tenantId: string }
  | {
      kind: 'link';
      tenantId: string;
      partnerId?: string;
      variant: LinkVariant;
      /** Undocumented forms seen in real use (docs/DOMAIN.md), named to the partner. */
      seenForms: SeenForm[];
    }
  | { kind: 'invalid'; error: FieldError };

/** Pasted links start with a scheme, possibly wrapped in <…> or quotes (Outlook, Teams). */
export function looksLikeLink(text: string): boolean {
  return /^\s*[<"']?\s*[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\s*[\w.-]+\.\w+\//.test(text);
}

/** The tenant ID field accepts a GUID, or the invitation link Partner Center gave. */
export function readTenantIdInput(text: string): TenantIdReading {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };
  if (GUID_PATTERN.test(value)) return { kind: 'guid', tenantId: value.toLowerCase() };
  if (looksLikeLink(value)) {
    const parsed = parseInvitationLink(value);
    if (!parsed.ok) {
      return {
        kind: 'invalid',
        error: { code: `link-${parsed.error.code}`, message: parsed.error.message },
      };
    }
    const { tenantId, partnerId, variant, seenForms } = parsed.value;
    return {
      kind: 'link',
      tenantId: tenantId.toLowerCase(),
      variant,
      seenForms,
      ...(partnerId ? { partnerId } : {}),
    };
  }
  return {
    kind: 'invalid',
    error: {
      code: 'tenant-id-malformed',
      message: `"${shorten(value)}" is not a tenant ID: it must be a GUID such as ${EXAMPLE_GUID}, or paste the invitation link from Partner Center.`,
      params: [shorten(value)],
    },
  };
}

/** Fills the fields a pasted link carries; the rest of the input is left as typed. */
export function fillFromLink(
  input: ProfileInput,
  reading: Extract<TenantIdReading, { kind: 'link' }>,
): ProfileInput {
  return {
    ...input,
    tenantId: reading.tenantId,
    partnerId: reading.partnerId ?? input.partnerId,
  };
}

function required(value: string, code: string, message: string): FieldError | undefined {
  if (value.trim() === '') return { code, message };
  if (value.trim().length > NAME_MAX) {
    return {
      code: 'too-long',
      message: `At most ${NAME_MAX} characters, please.`,
      params: [String(NAME_MAX)],
    };
  }
  return undefined;
}

function checkTenantId(text: string): FieldError | undefined {
  const reading = readTenantIdInput(text);
  if (reading.kind === 'empty') {
    return {
      code: 'tenant-id-empty',
      message: `Enter your partner tenant ID: a GUID such as ${EXAMPLE_GUID}. You find it in Partner Center under Account settings → Organization profile.`,
    };
  }
  return reading.kind === 'invalid' ? reading.error : undefined;
}

function checkPartnerId(text: string): FieldError | undefined {
  const value = text.trim();
  if (value === '' || (/^\d{1,10}$/.test(value) && !/^0+$/.test(value))) return undefined;
  return {
    code: 'partner-id-malformed',
    message: `"${shorten(value)}" is not a PartnerID: it is a number, usually of 6 or 7 digits.`,
    params: [shorten(value)],
  };
}

function checkCountry(text: string): FieldError | undefined {
  const value = text.trim();
  if (value === '' || /^[a-z]{2}$/i.test(value)) return undefined;
  return {
    code: 'country-malformed',
    message: 'Enter the two-letter country code, such as NL or GB.',
  };
}

export type ProfileCheck =
  | { ok: true; profile: PartnerProfile }
  | { ok: false; errors: FieldErrors<ProfileField> };

/**
 * Checks the whole form. `base` is the stored profile: fields this form does not
 * show (the signature) are kept as they were.
 */
export function validateProfileInput(input: ProfileInput, base?: PartnerProfile): ProfileCheck {
  const errors: FieldErrors<ProfileField> = {
    tenantId: checkTenantId(input.tenantId),
    partnerName: required(
      input.partnerName,
      'partner-name-empty',
      'Enter your company’s name as customers know it.',
    ),
    senderName: required(
      input.senderName,
      'sender-name-empty',
      'Enter your own name: it signs the e-mail.',
    ),
    partnerId: checkPartnerId(input.partnerId),
    country: checkCountry(input.country),
  };
  for (const field of PROFILE_FIELDS) if (errors[field] === undefined) delete errors[field];
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const reading = readTenantIdInput(input.tenantId);
  const tenantId = reading.kind === 'guid' || reading.kind === 'link' ? reading.tenantId : '';
  const { partnerId: _p, country: _c, ...kept } = base ?? {};
  const candidate = {
    ...kept,
    tenantId,
    partnerName: input.partnerName.trim(),
    senderName: input.senderName.trim(),
    defaultCloud: input.defaultCloud,
    defaultLanguage: input.defaultLanguage,
    ...(input.partnerId.trim() ? { partnerId: input.partnerId.trim() } : {}),
    ...(input.country.trim() ? { country: input.country.trim().toUpperCase() } : {}),
  };
  // The profile exactly as PartnerProfileSchema gives it back (lib/schema quick-stored.ts),
  // checked without zod: the first-use form is shown before zod is loaded.
  if (!quickProfile(candidate)) {
    // Not reachable with the checks above; reported on the first field rather than lost.
    return {
      ok: false,
      errors: { tenantId: { code: 'profile-invalid', message: 'The profile could not be saved.' } },
    };
  }
  return { ok: true, profile: candidate };
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
