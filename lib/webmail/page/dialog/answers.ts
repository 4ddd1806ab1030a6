/**
 * The background's answers to the dialog, checked by hand (page-world code
 * carries no zod: lib/messaging/compose-request.ts). Anything else is "no
 * answer", which the dialog says in words.
 */
import type {
  ComposeDefaults,
  ComposeInviteResponse,
  ComposeSuggestion,
  DialogOptions,
  InsertPayload,
} from '../../../schema/messages';

type Fields = Record<string, unknown>;
const isRecord = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

export const DIALOG_CLOUDS = ['public', 'us-government', 'china'] as const;
export const DIALOG_LANGUAGES = ['en', 'nl'] as const;

function options(v: unknown): DialogOptions | undefined {
  if (!isRecord(v)) return undefined;
  const { cloud, adminPrivileges, language } = v;
  if (!(DIALOG_CLOUDS as readonly unknown[]).includes(cloud)) return undefined;
  if (!(DIALOG_LANGUAGES as readonly unknown[]).includes(language)) return undefined;
  if (typeof adminPrivileges !== 'boolean') return undefined;
  return { cloud, adminPrivileges, language } as DialogOptions;
}

export function parseDefaults(v: unknown): ComposeDefaults | undefined {
  if (!isRecord(v)) return undefined;
  if (v.profile === false) return { profile: false };
  const o = v.profile === true ? options(v.options) : undefined;
  return o && { profile: true, options: o };
}

export function parseSuggestions(v: unknown): ComposeSuggestion[] | undefined {
  if (!isRecord(v) || !Array.isArray(v.items)) return undefined;
  const items: ComposeSuggestion[] = [];
  for (const item of v.items) {
    if (!isRecord(item)) return undefined;
    const { id, name, email, detail, accepted } = item;
    if (!isString(id) || !isString(name) || !isString(email) || !isString(detail)) return undefined;
    if (typeof accepted !== 'boolean') return undefined;
    items.push({ id, name, email, detail, accepted });
  }
  return items;
}

function payload(v: unknown): InsertPayload | undefined {
  if (!isRecord(v)) return undefined;
  const { to, subject, text, closing, link } = v;
  if (!isString(to) || !isString(subject) || !isString(text) || !isString(link)) return undefined;
  if (closing !== undefined && !isString(closing)) return undefined;
  return { to, subject, text, link, ...(closing !== undefined ? { closing } : {}) };
}

const FAILURE_CODES = ['no-profile', 'invalid', 'already-accepted', 'not-found', 'not-saved'];

export function parseInvite(v: unknown): ComposeInviteResponse | undefined {
  if (!isRecord(v)) return undefined;
  if (v.ok === true) {
    const p = payload(v.payload);
    return p && isString(v.invitationId)
      ? { ok: true, invitationId: v.invitationId, payload: p }
      : undefined;
  }
  if (v.ok === false && FAILURE_CODES.includes(v.code as string) && isString(v.message)) {
    return { ok: false, code: v.code as never, message: v.message };
  }
  return undefined;
}
