/**
 * A customer in full, in a modal <dialog> (focus moves in, Esc closes, focus goes
 * back): every invitation with its status history, the link and the exact text
 * sent, where the customer accepts, the GDAP link and its 90-day expiry, notes,
 * and the seed's next steps with what to do in Partner Center.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { lookAlikeText } from '../../components/look-alike';
import { t } from '../../lib/i18n';
import { buildMailto } from '../../lib/invitation/mailto';
import type { Customer } from '../../lib/schema';
import {
  type CustomerInFull,
  deleteCustomers,
  type NotesSaved,
  readCustomerInFull,
  saveNotes,
} from './actions';
import { SaveStatus } from './Controls';
import { cloudLabel } from './format';
import { Fact, InvitationView } from './InvitationView';
import { GdapSection } from './microsoft/GdapSection';
import { RestoreAdmin } from './RestoreAdmin';
import { useAppState } from './state';

/** `reloads` counts the partner's Reload clicks: each reads the customer again. */
function useCustomer(id: string, reloads: number): CustomerInFull | { error: string } | undefined {
  const [loaded, setLoaded] = useState<CustomerInFull | { error: string }>();
  useEffect(() => {
    let live = true;
    void readCustomerInFull(id).then((read) => {
      if (live) setLoaded(read);
    });
    return () => {
      live = false;
    };
  }, [id, reloads]);
  return loaded;
}

/** Saves over the version it opened; changed or deleted elsewhere, it offers a reload. */
function Notes({ customer, onReload }: { customer: Customer; onReload: () => void }) {
  const state = useAppState();
  const [base, setBase] = useState(customer);
  const [notes, setNotes] = useState(customer.notes);
  const [result, setResult] = useState<NotesSaved>();
  return (
    <form
      class="notes"
      onSubmit={(e) => {
        e.preventDefault();
        void saveNotes(state, base, notes).then((saved) => {
          setResult(saved);
          if (saved.customer) setBase(saved.customer);
        });
      }}
    >
      <div class="field">
        <label for="customer-notes">{t('options_notes')}</label>
        <textarea
          id="customer-notes"
          rows={4}
          dir="auto"
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
      {result?.stale ? (
        <button type="button" onClick={onReload}>
          {t('options_reloadCustomer')}
        </button>
      ) : null}
    </form>
  );
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

function Body({ loaded, onReload }: { loaded: CustomerInFull; onReload: () => void }) {
  const state = useAppState();
  const { customer, invitations } = loaded;
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
      {invitations[0]?.status === 'removed' ? (
        <RestoreAdmin customer={customer} latest={invitations[0]} />
      ) : null}
      <Notes key={customer.updatedAt} customer={customer} onReload={onReload} />
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
  const [reloads, setReloads] = useState(0);
  const loaded = useCustomer(id, reloads);
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
      {loaded && 'customer' in loaded ? (
        <Body loaded={loaded} onReload={() => setReloads((n) => n + 1)} />
      ) : null}
    </dialog>
  );
}
