/**
 * Starting a *restore admin privileges* invitation for a `removed` customer. An
 * extension page cannot reliably open the toolbar popup (`action.openPopup` needs
 * a focused browser window and is missing in older browsers), so the invitation
 * is left as the popup's unfinished draft and the partner is told where to find it.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { restoreAdminDraft } from '../../lib/list';
import type { Customer, Invitation } from '../../lib/schema';
import { loadUnfinishedDraft, saveUnfinishedDraft } from '../../lib/storage';

type Step = 'idle' | 'confirm-replace' | 'ready' | 'failed';

async function tryOpenPopup(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    // Not available here: the message tells the partner to click the toolbar button.
  }
}

export function RestoreAdmin({ customer, latest }: { customer: Customer; latest: Invitation }) {
  const [step, setStep] = useState<Step>('idle');
  const [other, setOther] = useState('');

  const write = async () => {
    try {
      await saveUnfinishedDraft(restoreAdminDraft(customer, latest, Date.now()));
      setStep('ready');
      await tryOpenPopup();
    } catch {
      setStep('failed');
    }
  };
  const start = async () => {
    const existing = await loadUnfinishedDraft();
    const name = existing?.form.customerName ?? '';
    if (existing && existing.form.customerId !== customer.id && name.trim() !== '') {
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
