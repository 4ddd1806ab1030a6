/**
 * One invitation in the customer's details: where the customer accepts, the link
 * (as text and as a link), the GDAP link with its 90-day expiry, the exact text
 * sent. Its status changes are in the activity timeline (Activity.tsx).
 */
import type { ComponentChildren } from 'preact';
import { t, uiLanguage } from '../../lib/i18n';
import { acceptPortalFor, gdapExpiresAt } from '../../lib/invitation/rules';
import type { Invitation } from '../../lib/schema';
import {
  channelLabel,
  cloudLabel,
  formatDate,
  purposeLabel,
  relationshipLabel,
  statusLabel,
  yesNo,
} from './format';

export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A link as text (to copy or compare), then `Open link` beside it. */
function LinkText({ href }: { href: string }) {
  return (
    <>
      <code class="wrap">{href}</code>{' '}
      <a href={href} target="_blank" rel="noreferrer">
        {t('options_openLink')}
      </a>
    </>
  );
}

function GdapExpiry({ invitation }: { invitation: Invitation }) {
  const expires = gdapExpiresAt(invitation.sentAt ?? invitation.createdAt);
  const days = Math.ceil((expires - Date.now()) / (24 * 60 * 60 * 1000));
  const waiting = invitation.status === 'sent';
  return (
    <span class={waiting && days <= 14 ? 'warn' : undefined}>
      {days >= 0
        ? t('options_gdapExpires', formatDate(expires), String(days))
        : t('options_gdapExpired', formatDate(expires))}
    </span>
  );
}

export function InvitationView({ invitation, index }: { invitation: Invitation; index: number }) {
  const portal = acceptPortalFor(invitation.cloud, uiLanguage() === 'nl' ? 'nl' : 'en');
  const headingId = `invitation-${index}`;
  return (
    <section class="invitation" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t(
          'options_invitationHeading',
          purposeLabel(invitation.purpose),
          formatDate(invitation.sentAt ?? invitation.createdAt),
          statusLabel(invitation.status),
        )}
      </h4>
      <dl class="facts">
        <Fact label={t('options_relationshipType')}>
          {relationshipLabel(invitation.relationshipType)}
        </Fact>
        <Fact label={t('options_col_admin')}>{yesNo(invitation.adminPrivileges)}</Fact>
        <Fact label={t('options_col_cloud')}>{cloudLabel(invitation.cloud)}</Fact>
        <Fact label={t('options_acceptsAt')}>
          {portal.url ? (
            <a href={portal.url} target="_blank" rel="noreferrer">
              {portal.name}
            </a>
          ) : (
            portal.name
          )}
        </Fact>
        {invitation.channel ? (
          <Fact label={t('options_channel')}>{channelLabel(invitation.channel)}</Fact>
        ) : null}
        <Fact label={t('options_link')}>
          <LinkText href={invitation.link} />
        </Fact>
        {invitation.gdapLink ? (
          <Fact label={t('options_gdapLink')}>
            <LinkText href={invitation.gdapLink} />
            <br />
            <GdapExpiry invitation={invitation} />
          </Fact>
        ) : null}
        <Fact label={t('options_subject')}>{invitation.subject}</Fact>
      </dl>
      <h5>{t('options_textSent')}</h5>
      <pre class="sent-text">{invitation.text}</pre>
    </section>
  );
}
