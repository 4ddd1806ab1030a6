/**
 * Starting a *restore admin privileges* invitation for a `removed` customer: it is
 * left as the popup's unfinished draft (restore-admin.ts says why), after asking
 * when that would replace another customer's draft.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Customer, Invitation } from '../../lib/schema';
import { leaveRestoreDraft, otherCustomersDraft, tryOpenPopup } from './restore-admin';

type Step = 'idle' | 'confirm-replace' | 'ready' | 'failed';

export function RestoreAdmin({ customer, latest }: { customer: Customer; latest: Invitation }) {
  const [step, setStep] = useState<Step>('idle');
  const [other, setOther] = useState('');

  const write = async () => {
    if (!(await leaveRestoreDraft(customer, latest))) {
      setStep('failed');
      return;
    }
    // Said first: the popup may not open, and then the sentence is the way there.
    setStep('ready');
    await tryOpenPopup();
  };
  const start = async () => {
    const name = await otherCustomersDraft(customer);
    if (name !== undefined) {
      setOther(name);
      setStep('confirm-replace');
      return;
    }
    await write();
  };

  return (
    <section class="restore" aria-labelledby="restore-heading">
      <h3 id="restore-heading">{t('options_restoreHeading')}</h3>
      <p>{t('options_restoreExplained')}</p>
      {step === 'confirm-replace' ? (
        <div role="alert">
          <p>{t('options_restoreReplaces', other)}</p>
          <button type="button" class="primary" onClick={() => void write()}>
            {t('options_restoreReplace')}
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')}>
            {t('common_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="primary" onClick={() => void start()}>
          {t('options_restoreStart')}
        </button>
      )}
      <p
        role="status"
        class={
          step === 'ready'
            ? 'status status-ok'
            : step === 'failed'
              ? 'status status-error'
              : 'status'
        }
      >
        {step === 'ready' ? t('options_restoreReady', customer.name) : ''}
        {step === 'failed' ? t('options_restoreFailed') : ''}
      </p>
    </section>
  );
}
