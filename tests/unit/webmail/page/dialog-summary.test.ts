// The in-compose dialog's one-line summary says what the popup's says for the same
// choices: admin privileges as the link will have them (forced for US Government).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newComposeForm } from '../../../../lib/form/form';
import { requestSummary } from '../../../../lib/form/summary';
import { t } from '../../../../lib/i18n';
import { optionsSummary } from '../../../../lib/webmail/page/dialog/view';
import { labelsOf } from '../../form/locale';

beforeEach(() => {
  const en = labelsOf('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    en(key, ...(subs ?? []))) as never);
});

describe('the dialog summary line', () => {
  it.each([
    ['public', true],
    ['public', false],
    ['us-government', false],
    ['china', true],
  ] as const)('%s, admin privileges asked: %s — as the popup says it', (cloud, adminPrivileges) => {
    const options = { cloud, adminPrivileges, language: 'nl' } as const;
    const form = { ...newComposeForm(undefined), ...options };
    expect(optionsSummary(options)).toBe(requestSummary(form, t));
  });

  it('US Government with the box cleared still says admin privileges, not "no admin privileges"', () => {
    const line = optionsSummary({ cloud: 'us-government', adminPrivileges: false, language: 'en' });
    expect(line.split(' · ')).toContain(t('popup_summary_admin'));
    expect(line.split(' · ')).not.toContain(t('popup_summary_noAdmin'));
  });
});
