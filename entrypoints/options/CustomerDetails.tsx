/**
 * A customer in full, in a modal <dialog> (focus moves in, Esc closes, focus goes
 * back): every invitation with its status history, the link and the exact text
 * sent, where the customer accepts, the GDAP link and its 90-day expiry, notes,
 * and the seed's next steps with what to do in Partner Center.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Customer } from '../../lib/schema';
import { type CustomerInFull, deleteCustomers, readCustomerInFull, saveNotes } from './actions';
import { SaveStatus } from './Controls';
import { cloudLabel } from './format';
import { Fact, InvitationView } from './InvitationView';
import { GdapSection } from './microsoft/GdapSection';
import { RestoreAdmin } from './RestoreAdmin';
import type { SaveOutcome } from './settings-save';
import { useAppState } from './state';

function useCustomer(id: string): CustomerInFull | { error: string } | undefined {
  const [loaded, setLoaded] = useState<CustomerInFull | { error: string }>();
  useEffect(() => {
    let live = true;
    void readCustomerInFull(id).then((read) => {
      if (live) setLoaded(read);
    });
    return () => {
      live = false;
    };
  }, [id]);
  return loaded;
}

function Notes({ customer }: { customer: Customer }) {
  const state = useAppState();
  const [notes, setNotes] = useState(customer.notes);
  const [result, setResult] = useState<SaveOutcome>();
  return (
    <form
      class="notes"
      onSubmit={(e) => {
        e.preventDefault();
        void saveNotes(state, customer, notes).then(setResult);
      }}
    >
      <div class="field">
        <label for="customer-notes">{t('options_notes')}</label>
        <textarea
          id="customer-notes"
          rows={4}
          value={notes}
          maxLength={20000}
          onInput={(e) => {
            setNotes(e.currentTarget.value);
            setResult(undefined);
          }}
        />
      </div>
      <button type="submit">{t('options_saveNotes')}</button>
      <SaveStatus outcome={result} />
    </form>
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
  return (
    <>
      <dl class="facts">
        <Fact label={t('options_col_contact')}>{customer.contactName}</Fact>
        <Fact label={t('options_previewEmail')}>
          {customer.contactEmail ? (
            <a href={`mailto:${customer.contactEmail}`}>{customer.contactEmail}</a>
          ) : null}
        </Fact>
        <Fact label={t('options_col_domain')}>{customer.domain}</Fact>
        <Fact label={t('options_tenantId')}>{customer.tenantId ?? t('options_unknown')}</Fact>
        <Fact label={t('options_col_cloud')}>{cloudLabel(customer.cloud)}</Fact>
      </dl>
      {invitations[0]?.status === 'removed' ? (
        <RestoreAdmin customer={customer} latest={invitations[0]} />
      ) : null}
      <Notes customer={customer} />
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
        <h2 id="details-heading">{name}</h2>
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
    </dialog>
  );
}
