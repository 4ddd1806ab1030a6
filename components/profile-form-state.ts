/**
 * The profile form's state and actions (docs/ARCHITECTURE.md, "State and actions in the pages": signals, plain functions):
 * the fields as typed, which errors show, reading a pasted link, and saving.
 */
import { computed, signal } from '@preact/signals';
import { firstInvalid } from '../lib/form/field-error';
import {
  fillFromLink,
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileInput,
  profileInputOf,
  readTenantIdInput,
  type TenantIdReading,
  validateProfileInput,
} from '../lib/form/profile-input';
import { t, uiLanguage } from '../lib/i18n';
import type { PartnerProfile } from '../lib/schema';

export interface SaveOptions {
  /** Where the profile goes; lib/storage's `saveProfile` unless a page wants otherwise. */
  save?: (profile: PartnerProfile) => Promise<void>;
  onSaved?: (profile: PartnerProfile) => void;
}

export function createProfileFormState(profile: PartnerProfile | undefined) {
  // A first profile's e-mail language is the browser's (lib/form/language.ts).
  const input = signal<ProfileInput>(profileInputOf(profile, uiLanguage()));
  const attempted = signal(false);
  const touched = signal<ReadonlySet<ProfileField>>(new Set());
  const check = computed(() => validateProfileInput(input.value, profile));
  const errors = computed(() => {
    const c = check.value;
    if (c.ok) return {};
    if (attempted.value) return c.errors;
    return Object.fromEntries(
      Object.entries(c.errors).filter(([f]) => touched.value.has(f as ProfileField)),
    );
  });
  const note = signal('');
  const status = signal<{ ok: boolean; text: string } | undefined>(undefined);
  const saving = signal(false);
  return { input, attempted, touched, errors, note, status, saving, check };
}
export type ProfileFormState = ReturnType<typeof createProfileFormState>;

export function setField<K extends keyof ProfileInput>(
  state: ProfileFormState,
  field: K,
  value: ProfileInput[K],
) {
  state.input.value = { ...state.input.value, [field]: value };
  state.status.value = undefined;
}

/** A pasted link fills the profile; a GUID or a half-typed value stays as typed. */
export function onTenantIdInput(state: ProfileFormState, value: string) {
  const reading = readTenantIdInput(value);
  if (reading.kind === 'link') {
    state.input.value = fillFromLink({ ...state.input.value, tenantId: value }, reading);
    const filled = reading.partnerId
      ? t('profile_filledFromLinkWithPartnerId', reading.tenantId, reading.partnerId)
      : t('profile_filledFromLink', reading.tenantId);
    state.note.value = [filled, linkKind(reading)].join(' ');
    return;
  }
  setField(state, 'tenantId', value);
  state.note.value = '';
  // A link that fails to read is said at once, not on blur: the paste was deliberate.
  if (reading.kind === 'invalid' && reading.error.code.startsWith('link-'))
    touch(state, 'tenantId');
}

/** "A direct reseller link, current format (without the DAP field: seen in real use, not documented)." */
function linkKind(reading: Extract<TenantIdReading, { kind: 'link' }>): string {
  const variant = t(`profile_variant_${reading.variant.replace(/-/g, '_')}`);
  if (reading.seenForms.length === 0) return t('profile_linkVariant', variant);
  const forms = reading.seenForms.map((f) => t(`profile_seenForm_${f.replace(/-/g, '_')}`));
  return t('profile_linkVariantSeen', variant, forms.join(', '));
}

export function touch(state: ProfileFormState, field: ProfileField) {
  if (state.input.value[field].trim() === '') return;
  state.touched.value = new Set([...state.touched.value, field]);
}

export async function submit(
  state: ProfileFormState,
  props: SaveOptions,
  idOf: (f: string) => string,
) {
  state.attempted.value = true;
  const check = state.check.value;
  if (!check.ok) {
    const first = firstInvalid(PROFILE_FIELDS, check.errors);
    if (first) document.getElementById(idOf(first))?.focus();
    return;
  }
  state.saving.value = true;
  try {
    await (props.save ?? saveToStorage)(check.profile);
    state.input.value = profileInputOf(check.profile);
    state.attempted.value = false;
    state.status.value = { ok: true, text: t('profile_saved') };
    props.onSaved?.(check.profile);
  } catch (e) {
    state.status.value = {
      ok: false,
      text: t('profile_saveFailed', e instanceof Error ? e.message : String(e)),
    };
  } finally {
    state.saving.value = false;
  }
}

/** lib/storage's save, loaded on the first save: the first-use form is shown before its schemas are. */
async function saveToStorage(profile: PartnerProfile): Promise<void> {
  await (await import('../lib/storage')).saveProfile(profile);
}
