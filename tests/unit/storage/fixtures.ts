// A partner profile as the extension saves it (storage.sync), for the storage tests.
import type { PartnerProfile } from '../../../lib/schema/stored';

export const PROFILE: PartnerProfile = {
  tenantId: '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f',
  partnerName: 'Fabrikam Cloud',
  senderName: 'Anna de Vries',
  defaultCloud: 'public',
  defaultLanguage: 'nl',
};
