/**
 * The HTML flavour of the message as it stands (rendered or edited by hand): the
 * invitation and GDAP links become real links, everything else is text escaped
 * once by lib/invitation's one escaping function (through `segmentsToHtml`).
 */
import { type Segment, segmentsToHtml } from '../invitation';

/** Splits `text` at every exact occurrence of one of `links`, longest link first. */
export function segmentsOf(text: string, links: readonly string[]): Segment[] {
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

export function messageHtml(text: string, links: readonly string[]): string {
  return segmentsToHtml(segmentsOf(text, links));
}
