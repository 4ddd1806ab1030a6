/**
 * A customer's GDAP requests, in its details: each followed request's status as
 * the daily sync last read it, with the 90-day countdown of an unanswered one or
 * the end of an active one; and the form to request a new one.
 */
import { useEffect, useState } from 'preact/hooks';
import { GdapRequest } from '../../../components/GdapRequest';
import { t } from '../../../lib/i18n';
import { gdapCountdown } from '../../../lib/microsoft/gdap-status';
import type { Customer, Invitation } from '../../../lib/schema';
import type { GdapRecord } from '../../../lib/schema/microsoft';
import { attachGdapLink, gdapFor } from './gdap-actions';

function Countdown({ record }: { record: GdapRecord }) {
  const c = gdapCountdown(record);
  if (!c) return null;
  return (
    <span>
      {' '}
      {c.kind === 'approval'
        ? t('gdap_daysToApprove', String(c.daysLeft))
        : t('gdap_daysToEnd', String(c.daysLeft))}
    </span>
  );
}

export function GdapSection({
  customer,
  invitations,
}: {
  customer: Customer;
  invitations: Invitation[];
}) {
  const [loaded, setLoaded] = useState<{ records: GdapRecord[]; signedIn: boolean }>();
  const [problem, setProblem] = useState('');
  const reload = () => void gdapFor(customer.id, invitations).then(setLoaded);
  useEffect(reload, [customer.id]);
  if (!loaded) return null;
  return (
    <section aria-labelledby="gdap-heading">
      <h4 id="gdap-heading">{t('gdap_heading')}</h4>
      {loaded.records.length > 0 ? (
        <ul class="gdap-list">
          {loaded.records.map((r) => (
            <li key={r.id}>
              <strong>{r.displayName}</strong>: {t('gdap_status', r.status)}
              <Countdown record={r} /> <a href={r.link}>{t('gdap_approvalLink')}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {loaded.signedIn ? (
        <GdapRequest
          idPrefix="details-gdap"
          customerName={customer.name}
          customerId={customer.id}
          {...(customer.tenantId ? { customerTenantId: customer.tenantId } : {})}
          onCreated={async (record) => {
            setProblem((await attachGdapLink(invitations[0], record)) ?? '');
            reload();
          }}
        />
      ) : (
        <p class="hint">{t('gdap_signInFirst')}</p>
      )}
      {problem ? (
        <p role="alert" class="status status-error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
