/**
 * Text cut at its links: the one rule behind every place a link becomes a real
 * link (the clipboard's HTML, the webmail body's `<a href>` nodes). Pure, and
 * free of zod, so the content scripts can use it too.
 */
import type { Segment } from './template-syntax';

/**
 * Splits `text` at every exact occurrence of one of `links`: the earliest match
 * first and, where two links start at the same place, the longer one (so a link
 * that is a prefix of another never cuts it).
 */
export function splitAtLinks(text: string, links: readonly string[]): Segment[] {
  const wanted = [...new Set(links.filter((l) => l !== ''))].sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let rest = text;
  while (rest !== '') {
    let at = -1;
    let found = '';
    for (const link of wanted) {
      const i = rest.indexOf(link);
      if (i !== -1 && (at === -1 || i < at)) {
        at = i;
        found = link;
      }
    }
    if (at === -1) {
      segments.push({ kind: 'text', text: rest });
      break;
    }
    if (at > 0) segments.push({ kind: 'text', text: rest.slice(0, at) });
    segments.push({ kind: 'link', href: found });
    rest = rest.slice(at + found.length);
  }
  return segments;
}
