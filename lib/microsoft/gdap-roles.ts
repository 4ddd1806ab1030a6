/**
 * Microsoft Entra built-in roles a GDAP request can ask for, by their role
 * template IDs (the same in every tenant), and docs/DOMAIN.md's default set.
 */
export interface GdapRole {
  id: string;
  name: string;
}

export const GLOBAL_ADMINISTRATOR: GdapRole = {
  id: '62e90394-69f5-4237-9190-012177145e10',
  name: 'Global Administrator',
};

/** docs/DOMAIN.md, "Default GDAP roles" (direct-bill partners and indirect providers). */
export const DEFAULT_GDAP_ROLES: readonly GdapRole[] = [
  { id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', name: 'Directory Readers' },
  { id: '9360feb5-f418-4baa-8175-e2a00bac4301', name: 'Directory Writers' },
  { id: '4d6ac14f-3453-41d0-bef9-a3e0c569773a', name: 'License Administrator' },
  { id: 'f023fd81-a637-4b56-95fd-791ac0226033', name: 'Service Support Administrator' },
  { id: 'fe930be7-5e62-47db-91af-98c3a49a38b1', name: 'User Administrator' },
  { id: 'e8611ab8-c189-46e8-94e1-60213ab1f814', name: 'Privileged Role Administrator' },
  { id: '729827e3-9c14-49f7-bb1b-9608f156bbb8', name: 'Helpdesk Administrator' },
  { id: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', name: 'Privileged Authentication Administrator' },
  { id: '158c047a-c907-4556-b7ef-446551a6b5f7', name: 'Cloud Application Administrator' },
  { id: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', name: 'Application Administrator' },
  { id: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', name: 'Global Reader' },
];

/** Every role the request form offers: the defaults, then Global Administrator (warned about). */
export const GDAP_ROLE_CHOICES: readonly GdapRole[] = [...DEFAULT_GDAP_ROLES, GLOBAL_ADMINISTRATOR];
