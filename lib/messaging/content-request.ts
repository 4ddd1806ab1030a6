/**
 * `ContentRequestSchema` checked by hand for the content scripts: zod/mini's
 * core alone is ~5.5 KB gzip, half of a content script's 12 KB budget once WXT
 * and the polyfill are in. The schema stays the source of truth: a unit test
 * runs both over the same table and expects the same answers.
 */
import type { ContentRequest, InsertPayload } from '../schema/messages';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parsePayload(p: Fields): InsertPayload | undefined {
  const { to, subject, text, closing, link, gdapLink, composeId, atContextTarget } = p;
  if (typeof to !== 'string' || typeof subject !== 'string') return undefined;
  if (typeof text !== 'string' || typeof link !== 'string') return undefined;
  if (closing !== undefined && typeof closing !== 'string') return undefined;
  if (gdapLink !== undefined && typeof gdapLink !== 'string') return undefined;
  if (composeId !== undefined && typeof composeId !== 'string') return undefined;
  if (atContextTarget !== undefined && typeof atContextTarget !== 'boolean') return undefined;
  // Unknown keys are dropped, as zod's object does.
  return {
    to,
    subject,
    text,
    ...(closing !== undefined ? { closing } : {}),
    link,
    ...(gdapLink !== undefined ? { gdapLink } : {}),
    ...(composeId !== undefined ? { composeId } : {}),
    ...(atContextTarget !== undefined ? { atContextTarget } : {}),
  };
}

/** The request, or undefined when `value` is not one `ContentRequestSchema` accepts. */
export function parseContentRequest(value: unknown): ContentRequest | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'ping') return { type: 'ping' };
  if (value.type === 'watch-send') {
    const { composeId, invitationId, link } = value;
    if (typeof composeId !== 'string' || typeof invitationId !== 'string') return undefined;
    return typeof link === 'string'
      ? { type: 'watch-send', composeId, invitationId, link }
      : undefined;
  }
  if (value.type !== 'insert' || !isRecord(value.payload)) return undefined;
  const payload = parsePayload(value.payload);
  return payload && { type: 'insert', payload };
}
