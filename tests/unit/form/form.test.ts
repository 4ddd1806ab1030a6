import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounced } from '../../../lib/form/debounce';
import { isBlankForm, newComposeForm } from '../../../lib/form/form';
import { invitationLinkFor } from '../../../lib/form/link';
import type { PartnerProfile } from '../../../lib/schema';

const PROFILE: PartnerProfile = {
  tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  partnerName: 'Contoso IT',
  senderName: 'Jan Jansen',
  defaultCloud: 'us-government',
  defaultLanguage: 'nl',
};

describe('the compose form', () => {
  it('starts from the partner defaults with DAP checked, as Partner Center does', () => {
    expect(newComposeForm(PROFILE)).toMatchObject({
      cloud: 'us-government',
      language: 'nl',
      adminPrivileges: true,
      relationshipType: 'direct',
      purpose: 'new-relationship',
      customerName: '',
    });
  });

  it('is blank until something is typed or chosen', () => {
    const form = newComposeForm(PROFILE);
    expect(isBlankForm(form, PROFILE)).toBe(true);
    expect(isBlankForm({ ...form, customerName: 'F' }, PROFILE)).toBe(false);
    expect(isBlankForm({ ...form, purpose: 'restore-admin' }, PROFILE)).toBe(false);
    expect(isBlankForm({ ...form, customerId: 'c1' }, PROFILE)).toBe(false);
  });

  it('builds the link with DAP forced for US Government, and with a template from settings', () => {
    const form = { ...newComposeForm(PROFILE), adminPrivileges: false };
    const built = invitationLinkFor(form, PROFILE, { linkTemplates: {} });
    expect(built.ok && built.value).toContain('DAP=true');
    const templated = invitationLinkFor(form, PROFILE, {
      linkTemplates: {
        'us-government':
          'https://portal.office365.us/Adminportal/Home?invType=ResellerRelationship&partnerId={partnerId}&msppId={msppId}&DAP={dap}',
      },
    });
    expect(templated.ok && templated.value).toBe(
      `https://portal.office365.us/Adminportal/Home?invType=ResellerRelationship&partnerId=${PROFILE.tenantId}&msppId=0&DAP=true`,
    );
  });
});

describe('debounced', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once after the changes settle, and at once on flush', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const task = debounced(run, 150);
    task.schedule();
    vi.advanceTimersByTime(100);
    task.schedule();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
    task.schedule();
    task.flush();
    expect(run).toHaveBeenCalledTimes(2);
    task.flush();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
