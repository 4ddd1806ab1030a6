/**
 * Settings: the partner profile (the popup's ProfileForm), follow-up and webmail,
 * the link template per cloud, and the e-mail templates per language and purpose.
 * Each part saves on its own button; nothing is saved half-checked.
 */
import { useState } from 'preact/hooks';
import { ProfileForm } from '../../components/ProfileForm';
import { t } from '../../lib/i18n';
import { FollowUpSettings } from './FollowUpSettings';
import { LinkTemplates } from './LinkTemplates';
import { MicrosoftSettings } from './microsoft/MicrosoftSettings';
import { useAppState } from './state';
import { TemplatesEditor } from './TemplatesEditor';

export function SettingsSection() {
  const state = useAppState();
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('options_settingsHeading')}</h2>
      {/* The forms start from the stored values, so they wait for them. */}
      {state.profileLoaded.value ? <SettingsForms /> : <p>{t('common_loading')}</p>}
    </section>
  );
}

function SettingsForms() {
  const state = useAppState();
  // The link Partner Center's API returned, handed to the profile form as if pasted.
  const [link, setLink] = useState<string>();
  return (
    <div class="settings-grid">
      <div class="card">
        <ProfileForm
          profile={state.profile.value}
          idPrefix="options-profile"
          pastedLink={link}
          onSaved={(profile) => {
            state.profile.value = profile;
          }}
        />
      </div>
      <div class="card">
        <FollowUpSettings />
      </div>
      <div class="card">
        <MicrosoftSettings onLink={setLink} />
      </div>
      <div class="card wide">
        <LinkTemplates />
      </div>
      <div class="card wide">
        <TemplatesEditor />
      </div>
    </div>
  );
}
