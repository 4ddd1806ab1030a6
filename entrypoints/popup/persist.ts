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
import type { HandedOver } from '../../lib/form/handed-over';
import type { UnfinishedDraft } from '../../lib/schema';
import { HANDED_OVER_KEY } from '../../lib/storage/keys';
import type { AppState } from './state';

export const SAVE_DELAY_MS = 150;

// The last hand-over, kept beside the draft: after a hand-over the popup closes,
// and the partner confirms it (Mark as sent, Done) when it is opened again. It
// holds `{ channel, snapshot, at, invitationId }` (lib/schema HandedOverSchema);
// earlier versions held the bare channel, which is still read. It is kept while
// the draft changes too: its draft record waits to be settled all the same.
// It is stored under HANDED_OVER_KEY (lib/storage).

function snapshot(state: AppState): UnfinishedDraft | undefined {
  const form = state.form.value;
  const { edited } = state.draftState.value;
  if (!edited && isBlankForm(form, state.profile.value, state.uiLanguage)) return undefined;
  const { subject, message } = state.draft.value;
  const link = state.link.value;
  const rendered = state.rendered.value;
  return {
    form,
    edited,
    subject,
    message,
    link: link.ok ? link.value : '',
    ...(rendered.ok && rendered.value.closing ? { closing: rendered.value.closing } : {}),
    savedAt: Date.now(),
  };
}

const fingerprint = (draft: UnfinishedDraft | undefined, handover: HandedOver | undefined) =>
  JSON.stringify([draft && { ...draft, savedAt: 0 }, handover]);

type Storage = typeof import('../../lib/storage');

async function write(state: AppState, loading: Promise<Storage>): Promise<void> {
  // Never before the stored hand-over is known: writing would erase it.
  await state.loaded;
  const draft = snapshot(state);
  const handover = state.handedOver.value;
  const next = fingerprint(draft, handover);
  if (next === state.persisted.value) return;
  state.persisted.value = next;
  try {
    // Loaded after the first paint (persistDraft): by the first change it has resolved,
    // so a save on pagehide reaches storage within the event.
    const saver = await loading;
    await Promise.all([
      draft ? saver.saveUnfinishedDraft(draft) : saver.clearUnfinishedDraft(),
      handover
        ? browser.storage.local.set({ [HANDED_OVER_KEY]: handover })
        : browser.storage.local.remove(HANDED_OVER_KEY),
    ]);
  } catch (e) {
    // Storage refused (quota, extension reloading): say so rather than lose work silently.
    console.warn('The unfinished invitation could not be saved', e);
    state.persisted.value = '';
  }
}

/** Starts saving on every change (`boot` is the draft as read at start). */
export function persistDraft(state: AppState, boot: UnfinishedDraft | undefined): void {
  const loading = import('../../lib/storage');
  void state.loaded.then(() => {
    state.persisted.value = fingerprint(boot, state.handedOver.value);
  });
  const task = debounced(() => void write(state, loading), SAVE_DELAY_MS);
  let first = true;
  effect(() => {
    // Subscribe to everything the snapshot reads.
    void state.form.value;
    void state.draftState.value;
    void state.draft.value;
    void state.link.value;
    void state.handedOver.value;
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
