/** The partner profile in the popup: asked for on first use, editable later. */
import { ProfileForm } from '../../components/ProfileForm';
import { t } from '../../lib/i18n';
import { profileSaved } from './actions';
import { useAppState } from './state';

export default function ProfileView() {
  const state = useAppState();
  const firstUse = !state.profile.value;
  return (
    <ProfileForm
      idPrefix="profile"
      {...(state.profile.value ? { profile: state.profile.value } : {})}
      intro={firstUse ? <p class="intro">{t('popup_welcome')}</p> : undefined}
      onSaved={(profile) => profileSaved(state, profile)}
      actions={
        firstUse ? undefined : (
          <button type="button" onClick={() => (state.editingProfile.value = false)}>
            {t('common_cancel')}
          </button>
        )
      }
    />
  );
}
