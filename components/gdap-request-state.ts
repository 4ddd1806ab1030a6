/**
 * The GDAP request form's state and its one action (docs/ARCHITECTURE.md, "State and actions in the pages": signals, plain
 * functions), shared by the popup and the options page's customer details. The
 * action loads lib/microsoft (and MSAL) only when the partner sends a request,
 * so neither page pays for it at start-up.
 */
import { signal } from '@preact/signals';
import { t } from '../lib/i18n';
import { checkGdapInput, MAX_DURATION_DAYS, MAX_NAME_LENGTH } from '../lib/microsoft/gdap';
import { DEFAULT_GDAP_ROLES, GLOBAL_ADMINISTRATOR } from '../lib/microsoft/gdap-roles';
import type { GdapRecord } from '../lib/schema/microsoft';
import { loadMicrosoftConfig, loadSignedIn, saveGdapRecords } from '../lib/storage/microsoft';

export interface GdapFor {
  customerName: string;
  customerId?: string;
  customerTenantId?: string;
}

export interface GdapRequestProps extends GdapFor {
  /** Prefix for element ids, so two forms on one page never clash. */
  idPrefix: string;
  /** Puts the approval link where it belongs (the draft, the invitation record). */
  onCreated: (record: GdapRecord) => void | Promise<void>;
}

/** "Contoso B.V. 2026-05-01": unique per day and customer, within Graph's 50 characters. */
export function defaultGdapName(customerName: string, now = Date.now()): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const room = MAX_NAME_LENGTH - day.length - 1;
  return `${customerName.trim().slice(0, room).trim() || 'Customer'} ${day}`;
}

export async function isSignedIn(): Promise<boolean> {
  return (await loadSignedIn()) !== undefined;
}

export function createGdapFormState(customerName: string) {
  return {
    name: signal(defaultGdapName(customerName)),
    days: signal(String(MAX_DURATION_DAYS)),
    roles: signal<ReadonlySet<string>>(new Set(DEFAULT_GDAP_ROLES.map((r) => r.id))),
    autoExtend: signal(true),
    busy: signal(false),
    error: signal(''),
    created: signal<GdapRecord | undefined>(undefined),
  };
}
export type GdapFormState = ReturnType<typeof createGdapFormState>;

export function toggleRole(state: GdapFormState, id: string, on: boolean): void {
  const next = new Set(state.roles.value);
  if (on) next.add(id);
  else next.delete(id);
  state.roles.value = next;
  // Microsoft refuses auto-extend with Global Administrator: choosing it turns auto-extend off.
  if (on && id === GLOBAL_ADMINISTRATOR.id) state.autoExtend.value = false;
  state.error.value = '';
}

/** Creates the request at Microsoft and follows it; `onCreated` puts the link where it belongs. */
export async function submitGdap(
  state: GdapFormState,
  target: GdapFor,
  onCreated: (record: GdapRecord) => void | Promise<void>,
): Promise<void> {
  if (state.busy.value) return;
  const input = {
    displayName: state.name.value,
    durationDays: Number(state.days.value.trim()),
    roleIds: [...state.roles.value],
    autoExtend: state.autoExtend.value,
    customerName: target.customerName,
    ...(target.customerId ? { customerId: target.customerId } : {}),
    ...(target.customerTenantId ? { customerTenantId: target.customerTenantId } : {}),
  };
  const problem = checkGdapInput(input);
  if (problem) {
    state.error.value = problem;
    return;
  }
  state.busy.value = true;
  state.error.value = '';
  try {
    const [config, signedIn] = await Promise.all([loadMicrosoftConfig(), loadSignedIn()]);
    if (!config || !signedIn) {
      state.error.value = t('gdap_signInFirst');
      return;
    }
    const ms = await import('../lib/microsoft');
    const client = ms.createClient(ms.tokensOf(ms.openSession(config)));
    const created = await ms.createGdapRequest(client, input);
    if (!created.ok) {
      state.error.value = created.error.message;
      return;
    }
    await saveGdapRecords([created.value]);
    state.created.value = created.value;
    await onCreated(created.value);
  } catch (e) {
    state.error.value = e instanceof Error ? e.message : String(e);
  } finally {
    state.busy.value = false;
  }
}
