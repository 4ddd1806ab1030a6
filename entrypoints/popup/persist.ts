/**
 * Never lose work: the popup closes whenever focus leaves it, so the unfinished
 * invitation is saved 150 ms after each change and at once on pagehide or when
 * the page is hidden. It holds the current subject, message and link as well as
 * the fields, because the context menu inserts it without rendering anything.
 */
import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { debounced } from '../../lib/form/debounce';
import { isBlankForm } from '../../lib/form/form';
import { type Channel, ChannelSchema, type UnfinishedDraft } from '../../lib/schema';
import { clearUnfinishedDraft, saveUnfinishedDraft } from '../../lib/storage';
import type { AppState } from './state';

export const SAVE_DELAY_MS = 150;

/**
 * The hand-over used last, kept beside the draft: after Copy or Open in email
 * app the popup closes, and Done comes when it is opened again. (The draft's
 * schema has no place for it; see the report to the lead.)
 */
const LAST_CHANNEL_KEY = 'popupLastChannel';

export async function loadLastChannel(): Promise<Channel | undefined> {
  const { [LAST_CHANNEL_KEY]: raw } = await browser.storage.local.get(LAST_CHANNEL_KEY);
  const parsed = ChannelSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

function snapshot(state: AppState): UnfinishedDraft | undefined {
  const form = state.form.value;
  const { edited } = state.draftState.value;
  if (!edited && isBlankForm(form, state.profile.value)) return undefined;
  const { subject, message } = state.draft.value;
  const link = state.link.value;
  return {
    form,
    edited,
    subject,
    message,
    link: link.ok ? link.value : '',
    savedAt: Date.now(),
  };
}

/** What storage holds, as last read or written: an unchanged draft is not written again. */
let stored = '';
const fingerprint = (draft: UnfinishedDraft | undefined, channel: Channel | undefined) =>
  JSON.stringify([draft && { ...draft, savedAt: 0 }, channel]);

async function write(state: AppState): Promise<void> {
  // Never before the stored channel is known: writing would erase it.
  await state.loaded;
  const draft = snapshot(state);
  const channel = state.lastChannel.value;
  const next = fingerprint(draft, channel);
  if (next === stored) return;
  stored = next;
  try {
    await Promise.all([
      draft ? saveUnfinishedDraft(draft) : clearUnfinishedDraft(),
      channel
        ? browser.storage.local.set({ [LAST_CHANNEL_KEY]: channel })
        : browser.storage.local.remove(LAST_CHANNEL_KEY),
    ]);
  } catch (e) {
    // Storage refused (quota, extension reloading): say so rather than lose work silently.
    console.warn('The unfinished invitation could not be saved', e);
    stored = '';
  }
}

/** Starts saving on every change (`boot` is the draft as read at start). */
export function persistDraft(state: AppState, boot: UnfinishedDraft | undefined): void {
  void state.loaded.then(() => {
    stored = fingerprint(boot, state.lastChannel.value);
  });
  const task = debounced(() => void write(state), SAVE_DELAY_MS);
  let first = true;
  effect(() => {
    // Subscribe to everything the snapshot reads.
    void state.form.value;
    void state.draftState.value;
    void state.draft.value;
    void state.link.value;
    void state.lastChannel.value;
    if (first) {
      first = false;
      return;
    }
    task.schedule();
  });
  addEventListener('pagehide', () => task.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') task.flush();
  });
}
