/**
 * The Microsoft card's actions: they do the I/O (storage, MSAL, Partner Center)
 * and put the outcome into the card's state; every failure arrives as a value
 * with its sentence (lib/microsoft/errors.ts).
 */
import { t } from '../../../lib/i18n';
import type { MicrosoftConfig } from '../../../lib/schema/microsoft';
import {
  loadMicrosoftConfig,
  loadSignedIn,
  saveMicrosoftConfig,
} from '../../../lib/storage/microsoft';
import type { AppState } from '../state';
import type { MicrosoftState } from './state';

/**
 * lib/microsoft (with MSAL, the largest chunk) is loaded only once an app is set
 * up: a partner who never connects never parses it, and the list's first rows do
 * not wait for it.
 */
async function loadModule(ms: MicrosoftState): Promise<void> {
  ms.module.value ??= await import('../../../lib/microsoft');
}

export async function loadMicrosoft(ms: MicrosoftState): Promise<void> {
  const [config, signedIn] = await Promise.all([loadMicrosoftConfig(), loadSignedIn()]);
  ms.config.value = config;
  ms.signedIn.value = signedIn;
  ms.loaded.value = true;
  if (config) await loadModule(ms);
}

export async function saveApp(ms: MicrosoftState, config: MicrosoftConfig): Promise<void> {
  await saveMicrosoftConfig(config);
  ms.config.value = config;
  ms.outcome.value = { ok: true, text: t('ms_appSaved') };
  await loadModule(ms);
}

async function busy(ms: MicrosoftState, work: () => Promise<void>): Promise<void> {
  if (ms.busy.value) return;
  ms.busy.value = true;
  ms.outcome.value = undefined;
  try {
    await work();
  } catch (e) {
    ms.outcome.value = { ok: false, text: e instanceof Error ? e.message : String(e) };
  } finally {
    ms.busy.value = false;
  }
}

/** Called straight from the click: the permission request must see the user's gesture. */
export function signInClicked(ms: MicrosoftState): Promise<void> {
  const module = ms.module.value;
  const config = ms.config.value;
  if (!module || !config) return Promise.resolve();
  const signing = module.signIn(module.openSession(config));
  return busy(ms, async () => {
    const signed = await signing;
    if (!signed.ok) {
      ms.outcome.value = { ok: false, text: signed.error.message };
      return;
    }
    ms.signedIn.value = signed.value;
    ms.outcome.value = { ok: true, text: t('ms_signedInAs', signed.value) };
  });
}

export function signOutClicked(ms: MicrosoftState): Promise<void> {
  const module = ms.module.value;
  const config = ms.config.value;
  return busy(ms, async () => {
    await module?.signOut(config ? module.openSession(config) : undefined);
    ms.signedIn.value = undefined;
    ms.outcome.value = { ok: true, text: t('ms_signedOut') };
  });
}

function client(ms: MicrosoftState) {
  const module = ms.module.value;
  const config = ms.config.value;
  if (!module || !config) throw new Error(t('ms_notConfigured'));
  return { module, client: module.createClient(module.tokensOf(module.openSession(config))) };
}

/** The official link, handed to the profile form as if pasted (the same reading and checks). */
export function fillProfile(
  ms: MicrosoftState,
  indirectProviderId: string,
  onLink: (link: string) => void,
): Promise<void> {
  return busy(ms, async () => {
    const { module, client: c } = client(ms);
    const id = indirectProviderId.trim();
    const link = await module.getRelationshipLink(c, id ? { indirectProviderId: id } : {});
    if (!link.ok) {
      ms.outcome.value = { ok: false, text: link.error.message };
      return;
    }
    onLink(link.value);
    ms.outcome.value = { ok: true, text: t('ms_linkFilled') };
  });
}

/** Reads the whole list and shows the plan in the import step; Apply writes it (import-export.ts). */
export function checkAcceptances(ms: MicrosoftState, state: AppState): Promise<void> {
  return busy(ms, async () => {
    const { module, client: c } = client(ms);
    const fileName = t('ms_customerList');
    state.importView.value = { step: 'reading', fileName };
    const plan = await module.planFromPartnerCenter(c, {
      onPage: (done) => {
        ms.outcome.value = { ok: true, text: t('ms_customersRead', String(done)) };
      },
    });
    if (!plan.ok) {
      // Said in the card, beside the button that was pressed; the import step closes.
      state.importView.value = { step: 'idle' };
      ms.outcome.value = { ok: false, text: plan.error.message };
      return;
    }
    state.importView.value = { step: 'partner-center', fileName, plan: plan.value };
    ms.outcome.value = { ok: true, text: t('ms_planReady', String(plan.value.summary.total)) };
    document.getElementById('import-step-heading')?.scrollIntoView();
  });
}
