/**
 * The e-mail template language, deliberately tiny so partners can edit it:
 *
 *   {name}                     a value (see DRAFT_PLACEHOLDERS)
 *   {{#name}}…{{/name}}        kept only when `name` has a value
 *   {{^name}}…{{/name}}        kept only when `name` has no value
 *
 * Blocks let a paragraph (the GDAP link, the greeting by name) disappear cleanly.
 * Rendering yields segments, not a string, so the HTML body can escape every
 * text segment and turn only the link segments into anchors.
 */
import type { Result, Template } from '../schema';
import { fail, ok } from './result';

export const DRAFT_PLACEHOLDERS = [
  'customerName',
  'contactName',
  'partnerName',
  'senderName',
  'link',
  'acceptPortal',
  'gdapLink',
  'signature',
  /** A reminder: the day the invitation it follows up was sent, in the e-mail's language. */
  'sentDate',
] as const;
export type DraftPlaceholder = (typeof DRAFT_PLACEHOLDERS)[number];
export type DraftValues = Record<DraftPlaceholder, string>;

/** Placeholders whose value becomes a clickable link in the HTML body. */
const LINK_PLACEHOLDERS: readonly DraftPlaceholder[] = ['link', 'gdapLink'];

export type Segment = { kind: 'text'; text: string } | { kind: 'link'; href: string };

export type TemplateErrorCode =
  | 'template-missing-link'
  | 'template-unknown-placeholder'
  | 'template-block-unclosed';

const BLOCK = /\{\{([#^])([A-Za-z]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const BLOCK_TAG = /\{\{[#^/]([A-Za-z]*)\}\}/g;
const ANY_BLOCK_TAG = /\{\{[#^/][A-Za-z]*\}\}/;

/** Resolves blocks, then splits at placeholders; unknown names stay literal text. */
export function renderTemplate(template: string, values: DraftValues): Segment[] {
  const resolved = tidyBlankLines(resolveBlocks(template, (name) => hasValue(values, name)));
  const segments: Segment[] = [];
  let last = 0;
  for (const match of resolved.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) continue;
    pushText(segments, resolved.slice(last, match.index));
    const value = values[name];
    if (LINK_PLACEHOLDERS.includes(name) && value !== '')
      segments.push({ kind: 'link', href: value });
    else pushText(segments, value);
    last = match.index + match[0].length;
    // "partner of {customerName}." with "Contoso B.V." must not end in "B.V..".
    if (value.endsWith('.') && resolved[last] === '.' && resolved[last + 1] !== '.') last += 1;
  }
  pushText(segments, resolved.slice(last));
  return segments;
}

export function segmentsToText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : s.href)).join('');
}

/** Refuses what would make a broken e-mail: no {link}, unknown names, unclosed blocks. */
export function validateTemplate(t: Template): Result<Template, TemplateErrorCode> {
  for (const part of [t.subject, t.body]) {
    const names = [...part.matchAll(PLACEHOLDER), ...part.matchAll(BLOCK_TAG)].map(
      (m) => m[1] ?? '',
    );
    const unknown = [...new Set(names.filter((n) => n !== '' && !isPlaceholder(n)))];
    if (unknown.length > 0) {
      return fail(
        'template-unknown-placeholder',
        `The template uses ${unknown.map((n) => `{${n}}`).join(', ')}, which ${unknown.length > 1 ? 'are' : 'is'} not known. Use only ${DRAFT_PLACEHOLDERS.map((n) => `{${n}}`).join(', ')}.`,
      );
    }
    if (ANY_BLOCK_TAG.test(resolveBlocks(part, () => false))) {
      return fail(
        'template-block-unclosed',
        'The template has an optional block that is not closed: every {{#name}} or {{^name}} needs its {{/name}}.',
      );
    }
  }
  // A {link} only inside an optional block could vanish from the e-mail.
  if (!resolveBlocks(t.body, () => false).includes('{link}')) {
    return fail(
      'template-missing-link',
      t.body.includes('{link}')
        ? 'The template has {link} only inside an optional block; put {link} where it always appears.'
        : 'The template has no {link}: the personalized link is what the customer needs to accept.',
    );
  }
  return ok(t);
}

function resolveBlocks(template: string, has: (name: string) => boolean): string {
  let previous: string;
  let current = template;
  // Repeat so a block nested inside another block of a different name resolves too.
  do {
    previous = current;
    current = current.replace(BLOCK, (_whole, kind: string, name: string, inner: string) =>
      (kind === '#') === has(name) ? inner : '',
    );
  } while (current !== previous);
  return current;
}

/** A removed paragraph must not leave a gap of several empty lines. */
function tidyBlankLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function hasValue(values: DraftValues, name: string): boolean {
  return isPlaceholder(name) && values[name].trim() !== '';
}

function isPlaceholder(name: string): name is DraftPlaceholder {
  return (DRAFT_PLACEHOLDERS as readonly string[]).includes(name);
}

function pushText(segments: Segment[], text: string): void {
  if (text === '') return;
  const prev = segments[segments.length - 1];
  if (prev?.kind === 'text') prev.text += text;
  else segments.push({ kind: 'text', text });
}
