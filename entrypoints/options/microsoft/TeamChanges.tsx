/**
 * A customer's details, when this profile shares with a team (docs/MICROSOFT.md,
 * "Team sharing"): who changed what, when — per field, from the team's record of
 * change times and authors, and who last saved each item in SharePoint (Graph's
 * lastModifiedBy). Nothing is shown for a customer the team sync never saw.
 */
import { useEffect, useState } from 'preact/hooks';
import { readTeamShadows, type TeamShadow } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { formatDateTime } from '../format';
import { useAppState } from '../state';

const LABELS: Record<string, () => string> = {
  name: () => t('team_field_name'),
  contactName: () => t('team_field_contact'),
  contactEmail: () => t('team_field_email'),
  domain: () => t('team_field_domain'),
  tenantId: () => t('team_field_tenant'),
  cloud: () => t('team_field_cloud'),
  notes: () => t('team_field_notes'),
  noteEntries: () => t('team_field_notes'),
  status: () => t('team_field_status'),
  history: () => t('team_field_status'),
  followUps: () => t('team_field_reminders'),
};

interface Change {
  key: string;
  what: string;
  by: string;
  at: number;
}

/** The labelled fields' latest changes, newest first; one line per label. */
function changesOf(shadows: TeamShadow[]): Change[] {
  const best = new Map<string, Change>();
  for (const s of shadows)
    for (const [field, at] of Object.entries(s.doc.times)) {
      const label = LABELS[field];
      if (!label) continue;
      const what = label();
      const held = best.get(what);
      if (!held || at > held.at)
        best.set(what, { key: `${s.key}:${field}`, what, by: s.doc.by[field] ?? '', at });
    }
  return [...best.values()].sort((a, b) => b.at - a.at);
}

export function TeamChanges({ customerId }: { customerId: string }) {
  const state = useAppState();
  const [shadows, setShadows] = useState<TeamShadow[]>([]);
  const { n, customers } = state.changes.value;
  const affected = customers === 'all' || customers.has(customerId);
  useEffect(() => {
    let live = true;
    void readTeamShadows(customerId).then((read) => {
      if (live && read.ok) setShadows(read.value);
    });
    return () => {
      live = false;
    };
  }, [customerId, affected ? n : 0]);
  const changes = changesOf(shadows);
  const saved = shadows.find((s) => s.kind === 'customer' && s.modifiedBy && s.modifiedAt);
  if (changes.length === 0 && !saved) return null;
  return (
    <section aria-labelledby="team-changes">
      <h4 id="team-changes">{t('team_changesHeading')}</h4>
      <ul aria-labelledby="team-changes">
        {changes.map((c) => (
          <li key={c.key}>
            {t('team_changedBy', c.what, c.by || t('team_someone'), formatDateTime(c.at))}
          </li>
        ))}
      </ul>
      {saved ? (
        <p class="hint">
          {t('team_savedBy', saved.modifiedBy!, formatDateTime(Date.parse(saved.modifiedAt!)))}
        </p>
      ) : null}
    </section>
  );
}
