/**
 * Forced admin privileges (docs/DOMAIN.md, "The rules"), in a module of its own
 * so the popup's first paint (the request summary) needs nothing else of rules.ts.
 */
import type { Cloud } from '../schema';

/** Partners in US Government and Germany cannot clear the DAP checkbox (the seed's NOTE). */
export function adminPrivilegesForced(cloud: Cloud): boolean {
  return cloud === 'us-government' || cloud === 'germany';
}

export function effectiveAdminPrivileges(cloud: Cloud, requested: boolean): boolean {
  return adminPrivilegesForced(cloud) || requested;
}
