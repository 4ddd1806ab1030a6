/**
 * The everyday screen, laid out for a 400×600 popup: what the popup opened on
 * (a pending hand-over, a continued draft), the customer, the request options in
 * one line, a compact draft, and the hand-over. Ctrl/Cmd+Enter inserts.
 */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { focusStart } from './actions';
import { CustomerSection } from './CustomerSection';
import { DraftSection } from './DraftSection';
import { HandoverSection } from './HandoverSection';
import { listenForShortcut } from './handover';
import { ContinuingNotice, PendingNotice } from './Notices';
import { RequestSection } from './RequestSection';
import { useAppState } from './state';

export default function ComposeView() {
  const state = useAppState();
  useEffect(() => listenForShortcut(state), [state]);
  useEffect(() => focusStart(), []);
  const withNotice = state.pending.value !== undefined || state.continuing.value !== undefined;
  return (
    <div class={withNotice ? 'compose with-notice' : 'compose'}>
      <p class="top-link">
        <button type="button" class="link" onClick={() => (state.editingProfile.value = true)}>
          {t('popup_editProfile')}
        </button>
      </p>
      <PendingNotice />
      <ContinuingNotice />
      <CustomerSection />
      <RequestSection />
      <DraftSection />
      <HandoverSection />
    </div>
  );
}
