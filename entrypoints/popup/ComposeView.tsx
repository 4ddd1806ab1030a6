/** The compose form: customer, request options, the draft, and the hand-over. */
import { t } from '../../lib/i18n';
import { CustomerSection } from './CustomerSection';
import { DraftSection } from './DraftSection';
import { HandoverSection } from './HandoverSection';
import { RequestSection } from './RequestSection';
import { useAppState } from './state';

export default function ComposeView() {
  const state = useAppState();
  return (
    <>
      <CustomerSection />
      <RequestSection />
      <DraftSection />
      <HandoverSection />
      <p class="footer">
        <button type="button" class="link" onClick={() => (state.editingProfile.value = true)}>
          {t('popup_editProfile')}
        </button>
      </p>
    </>
  );
}
