/**
 * Request admin relationship (GDAP): a disclosure button in the popup and in a
 * customer's details. The form, its checks and Graph's code load only when it is
 * opened, so the popup's start-up JavaScript stays within its budget.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { GdapRequestProps } from './gdap-request-state';

/** Shown only to a partner signed in to Microsoft: without it the popup is as it always was. */
export function GdapRequest(props: GdapRequestProps) {
  const [signedIn, setSignedIn] = useState(false);
  const [open, setOpen] = useState(false);
  const [Form, setForm] = useState<FunctionComponent<GdapRequestProps>>();
  useEffect(() => {
    // Loaded, not imported: its checks and storage code stay out of the popup's first paint.
    void import('./gdap-request-state').then((m) => m.isSignedIn()).then(setSignedIn);
  }, []);
  if (!signedIn) return null;
  return (
    <div class="gdap-request">
      <button
        type="button"
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => {
          setOpen(!open);
          if (!Form) void import('./GdapRequestForm').then((m) => setForm(() => m.default));
        }}
      >
        {t('gdap_request')}
      </button>
      {open ? Form ? <Form {...props} /> : <p>{t('common_loading')}</p> : null}
    </div>
  );
}
