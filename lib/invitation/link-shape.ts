/**
 * The shapes a reseller invitation link may have (docs/DOMAIN.md, "The
 * personalized link"): an exact path, the fields of its family and nothing else,
 * each once, and a known fragment. Read by path and fields, not by host, so a
 * national-cloud host with a known format is read too. A link that fits no shape
 * is refused, whatever its host: the host check alone let
 * "https://admin.microsoft.com/@evil.example/…" through.
 */
import type { Result } from '../schema';
import { shorten } from './hosts';
import { fail, ok } from './result';

/** `current`: /Adminportal/Home or Microsoft Store for Business; `legacy`: partnersignup.aspx. */
export type LinkFamily = 'current' | 'legacy';

/** Forms seen in real use beside the documented ones (UNCONFIRMED, docs/DOMAIN.md). */
export type SeenForm = 'no-dap-field' | 'partners-invitation-fragment' | 'business-store';

export interface LinkShape {
  family: LinkFamily;
  /** Fields by lower-cased name: real links vary (msppId / msppid). */
  params: Map<string, string>;
  seenForms: SeenForm[];
}

export type LinkShapeErrorCode =
  | 'unknown-link-type'
  | 'unknown-field'
  | 'repeated-field'
  | 'unknown-fragment';

interface PathShape {
  family: LinkFamily;
  /** Lower-cased fragments this path may carry ('' = none), each optionally followed by `?fields`. */
  fragments: readonly string[];
  seen?: SeenForm;
}

const PATHS: Readonly<Record<string, PathShape>> = {
  '/adminportal/home': {
    family: 'current',
    // National-cloud templates are written without the fragment too.
    fragments: ['#/billingaccounts/partner-invitation', '#/partners/invitation', ''],
  },
  '/manage/partner-invitation': { family: 'current', fragments: [''], seen: 'business-store' },
  '/partner/partnersignup.aspx': { family: 'legacy', fragments: [''] },
};

const FIELDS: Readonly<Record<LinkFamily, ReadonlySet<string>>> = {
  current: new Set(['invtype', 'partnerid', 'msppid', 'dap', 'indirectcspid']),
  legacy: new Set(['type', 'id', 'csp', 'msppid', 'indirectcsp']),
};

export const NOT_AN_INVITATION =
  'This Microsoft link is not a reseller-relationship invitation. Copy the link from Partner Center (Customers → Request a reseller relationship).';

export function readLinkShape(url: URL): Result<LinkShape, LinkShapeErrorCode> {
  const shape = PATHS[url.pathname.toLowerCase()];
  if (!shape) return fail('unknown-link-type', NOT_AN_INVITATION);
  const seenForms: SeenForm[] = shape.seen ? [shape.seen] : [];

  // Fields after a `?` inside the fragment count too, in case a portal moves them there.
  const hash = url.hash.toLowerCase();
  const cut = hash.indexOf('?');
  const route = cut < 0 ? hash : hash.slice(0, cut);
  if (route === '#/partners/invitation') seenForms.push('partners-invitation-fragment');

  const params = new Map<string, string>();
  const sources = [url.search, cut < 0 ? '' : url.hash.slice(cut + 1)];
  for (const source of sources) {
    for (const [name, value] of new URLSearchParams(source)) {
      const key = name.toLowerCase();
      if (!FIELDS[shape.family].has(key)) {
        return fail(
          'unknown-field',
          `The link has a field "${shorten(name, 40)}" that invitation links do not have; copy the link again from Partner Center.`,
        );
      }
      if (params.has(key)) {
        return fail(
          'repeated-field',
          `The link has the field "${shorten(name, 40)}" twice; copy the link again from Partner Center.`,
        );
      }
      params.set(key, value);
    }
  }
  // Without its type field it is some other Microsoft page: say that, before its ending.
  if (!params.has(shape.family === 'legacy' ? 'type' : 'invtype')) {
    return fail('unknown-link-type', NOT_AN_INVITATION);
  }
  if (!shape.fragments.includes(route)) {
    return fail(
      'unknown-fragment',
      `The link ends in "${shorten(url.hash, 60)}", which no invitation link has; copy the link again from Partner Center.`,
    );
  }
  return ok({ family: shape.family, params, seenForms });
}
