/**
 * A customer in full, in a modal <dialog> (focus moves in, Esc closes, focus goes
 * back): the latest invitation's status with its `Status` menu and `Send a
 * reminder`, the activity timeline with notes, every invitation (the link and
 * the exact text sent, where the customer accepts, the GDAP link and its 90-day
 * expiry), and the seed's next steps. Read again whenever the database says this
 * customer changed, here or elsewhere (live.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { lookAlikeText } from '../../components/look-alike';
import { previousStatus } from '../../lib/db';
import { t } from '../../lib/i18n';
import { buildMailto } from '../../lib/invitation/mailto';
import { Activity } from './Activity';
import { type CustomerInFull, deleteCustomers, readCustomerInFull } from './actions';
import { cloudLabel } from './format';
import { Fact, InvitationView } from './InvitationView';
import { LatestControls } from './LatestControls';
import { GdapSection } from './microsoft/GdapSection';
import { TeamChanges } from './microsoft/TeamChanges';
import { RestoreAdmin } from './RestoreAdmin';
import { useAppState } from './state';
import { Toasts } from './Toasts';

function useCustomer(id: string): CustomerInFull | { error: string } | undefined {
  const state = useAppState();
  const [loaded, setLoaded] = useState<CustomerInFull | { error: string }>();
  const { n, customers } = state.changes.value;
  const affected = customers === 'all' || customers.has(id);
  useEffect(() => {
    let live = true;
    void readCustomerInFull(id).then((read) => {
      if (live) setLoaded(read);
    });
    return () => {
      live = false;
    };
  }, [id, affected ? n : 0]);
  return loaded;
}

/**
 * The address as a mailto: link built by lib/invitation (encoded as RFC 6068 wants),
 * never by pasting it after "mailto:"; with the look-alike warning when it applies.
 */
function MailLink({ address }: { address: string }) {
  const href = buildMailto({ to: address, subject: '', body: '' });
  const warning = lookAlikeText(address);
  return (
    <>
      {href.ok ? <a href={href.value}>{address}</a> : address}
      {warning ? <span class="warn"> {warning}</span> : null}
    </>
  );
}

function NextSteps() {
  return (
    <section aria-labelledby="next-steps">
      <h4 id="next-steps">{t('options_nextSteps')}</h4>
      <dl class="steps">
        <dt>{t('options_stepSupportContacts')}</dt>
        <dd>{t('options_stepSupportContactsHow')}</dd>
        <dt>{t('options_stepRemove')}</dt>
        <dd>{t('options_stepRemoveHow')}</dd>
      </dl>
    </section>
  );
}

function Body({ loaded }: { loaded: CustomerInFull }) {
  const state = useAppState();
  const { customer, invitations } = loaded;
  const latest = invitations[0];
  return (
    <>
      <dl class="facts">
        <Fact label={t('options_col_contact')}>
          <bdi>{customer.contactName}</bdi>
        </Fact>
        <Fact label={t('options_previewEmail')}>
          {customer.contactEmail ? <MailLink address={customer.contactEmail} /> : null}
        </Fact>
        <Fact label={t('options_col_domain')}>{customer.domain}</Fact>
        <Fact label={t('options_tenantId')}>{customer.tenantId ?? t('options_unknown')}</Fact>
        <Fact label={t('options_col_cloud')}>{cloudLabel(customer.cloud)}</Fact>
      </dl>
      {latest ? (
        <LatestControls customer={customer} invitation={latest} previous={previousStatus(latest)} />
      ) : null}
      {latest?.status === 'removed' ? <RestoreAdmin customer={customer} latest={latest} /> : null}
      <Activity customer={customer} invitations={invitations} />
      <TeamChanges customerId={customer.id} />
      <h3>{t('options_invitations', String(invitations.length))}</h3>
      {loaded.damaged > 0 ? (
        <p class="status status-error">{t('options_damagedInvitations', String(loaded.damaged))}</p>
      ) : null}
      {invitations.length === 0 ? <p>{t('options_noInvitation')}</p> : null}
      {invitations.map((invitation, i) => (
        <InvitationView key={invitation.id} invitation={invitation} index={i} />
      ))}
      <GdapSection customer={customer} invitations={invitations} />
      <NextSteps />
      <button type="button" class="danger" onClick={() => void deleteCustomers(state, [customer])}>
        {t('options_deleteCustomer')}
      </button>
    </>
  );
}

export function CustomerDetails({ id }: { id: string }) {
  const state = useAppState();
  const ref = useRef<HTMLDialogElement>(null);
  const loaded = useCustomer(id);
  const name =
    loaded && 'customer' in loaded
      ? loaded.customer.name
      : (state.rows.value.find((r) => r.id === id)?.customer.name ?? '');

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      class="details"
      aria-labelledby="details-heading"
      onClose={() => {
        state.openCustomer.value = undefined;
      }}
    >
      <div class="details-head">
        <h2 id="details-heading">
          <bdi>{name}</bdi>
        </h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('options_close')}
        </button>
      </div>
      {loaded === undefined ? <p>{t('common_loading')}</p> : null}
      {loaded && 'error' in loaded ? (
        <p role="alert" class="status status-error">
          {loaded.error}
        </p>
      ) : null}
      {loaded && 'customer' in loaded ? <Body loaded={loaded} /> : null}
      <Toasts />
    </dialog>
  );
}
