/** The partner profile in the popup: asked for on first use, editable later. */
import { ProfileForm } from '../../components/ProfileForm';
import { isBlankForm, newComposeForm } from '../../lib/form/form';
import { t } from '../../lib/i18n';
import type { PartnerProfile } from '../../lib/schema';
import { type AppState, useAppState } from './state';

function onProfileSaved(state: AppState, profile: PartnerProfile): void {
  // A form nobody typed in yet takes the new defaults (cloud, e-mail language).
  if (isBlankForm(state.form.value, state.profile.value)) {
    state.form.value = newComposeForm(profile);
  }
  state.profile.value = profile;
  state.editingProfile.value = false;
}

export default function ProfileView() {
  const state = useAppState();
  const firstUse = !state.profile.value;
  return (
    <ProfileForm
      idPrefix="profile"
      {...(state.profile.value ? { profile: state.profile.value } : {})}
      intro={firstUse ? <p class="intro">{t('popup_welcome')}</p> : undefined}
      onSaved={(profile) => onProfileSaved(state, profile)}
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
