/**
 * The everyday screen, laid out for a 400×600 popup: what the popup opened on
 * (a pending hand-over, a continued draft), the customer, the request options in
 * one line, a compact draft, and the hand-over. Ctrl/Cmd+Enter inserts.
 */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { focusStart, listenForShortcut, loadPart } from './actions';
import { CustomerSection } from './CustomerSection';
import { DraftSection } from './DraftSection';
import { HandoverSection } from './HandoverSection';
import { RequestSection } from './RequestSection';
import { useAppState } from './state';

export default function ComposeView() {
  const state = useAppState();
  useEffect(() => listenForShortcut(state), [state]);
  useEffect(() => focusStart(), []);
  const withNotice = state.pending.value !== undefined || state.continuing.value !== undefined;
  // A hand-over made here, then Discard draft's Undo, can bring a notice back later.
  useEffect(() => {
    if (withNotice) void loadPart(state, 'notices');
  }, [state, withNotice]);
  const Notices = state.parts.notices.value;
  return (
    <div class={withNotice ? 'compose with-notice' : 'compose'}>
      <p class="top-link">
        <button type="button" class="link" onClick={() => (state.editingProfile.value = true)}>
          {t('popup_editProfile')}
        </button>
      </p>
      {Notices ? <Notices /> : null}
      <CustomerSection />
      <RequestSection />
      <DraftSection />
      <HandoverSection />
    </div>
  );
}
