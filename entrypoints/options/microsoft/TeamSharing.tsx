/**
 * Settings → Share with my team (signed in only; docs/MICROSOFT.md, "Team
 * sharing"): choose a SharePoint site by search or by its address, see where
 * this profile shares and how the last sync went, sync now, or stop sharing
 * (the records stay here).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { onDbChange } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { loadList } from '../load';
import { useAppState } from '../state';
import type { MicrosoftState } from './state';
import {
  createTeamState,
  debouncedSync,
  findSitesClicked,
  loadTeamState,
  shareClicked,
  stopClicked,
  syncClicked,
} from './team-actions';

export function TeamSharing({ ms }: { ms: MicrosoftState }) {
  const state = useAppState();
  const ts = useMemo(createTeamState, []);
  ts.onPulled = () => loadList(state, { firstPage: false });
  const [site, setSite] = useState('');
  useEffect(() => {
    let stop = () => {};
    void loadTeamState(ts).then(() => {
      // On open: bring this profile up to date with the team.
      if (ts.lists.value) void syncClicked(ts, ms);
      const later = debouncedSync(ts, ms);
      stop = onDbChange((change) => {
        if (change.fromHere) later();
      });
    });
    return () => stop();
  }, []);
  if (!ts.loaded.value) return null;
  const busy = ts.busy.value;
  const lists = ts.lists.value;
  const outcome = ts.outcome.value;
  return (
    <section aria-labelledby="team-heading">
      <h4 id="team-heading">{t('team_heading')}</h4>
      <p class="hint">{t('team_intro')}</p>
      {lists ? (
        <>
          <p>
            {t('team_sharedWith', lists.siteName, lists.siteUrl)}{' '}
            {ts.pending.value > 0 ? t('team_pending', String(ts.pending.value)) : ''}
          </p>
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void syncClicked(ts, ms)}>
              {t('team_syncNow')}
            </button>
            <button type="button" disabled={busy} onClick={() => void stopClicked(ts)}>
              {t('team_stop')}
            </button>
          </div>
        </>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (site.trim()) void findSitesClicked(ts, ms, site);
          }}
        >
          <div class="field">
            <label for="team-site">{t('team_site')}</label>
            <input
              id="team-site"
              value={site}
              spellcheck={false}
              autocomplete="off"
              aria-describedby="team-site-hint"
              onInput={(e) => setSite(e.currentTarget.value)}
            />
            <p id="team-site-hint" class="hint">
              {t('team_siteHint')}
            </p>
          </div>
          <button type="submit" disabled={busy || !site.trim()}>
            {t('team_find')}
          </button>
          {ts.sites.value?.length ? (
            <ul aria-label={t('team_results')}>
              {ts.sites.value.map((s) => (
                <li key={s.id}>
                  {s.displayName} <span class="hint">{s.webUrl}</span>{' '}
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void shareClicked(ts, ms, s)}
                  >
                    {t('team_useSite', s.displayName)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </form>
      )}
      <p role="status" class={`status ${outcome?.ok ? 'status-ok' : ''}`}>
        {ts.progress.value || (outcome?.ok ? outcome.text : '')}
      </p>
      {outcome && !outcome.ok ? (
        <p role="alert" class="status status-error">
          {outcome.text}
        </p>
      ) : null}
      {ts.notices.value.length ? (
        <ul aria-label={t('team_notices')}>
          {ts.notices.value.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
