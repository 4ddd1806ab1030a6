/**
 * The HTML flavour of the message as it stands (rendered or edited by hand): the
 * invitation and GDAP links become real links, everything else is text escaped
 * once by lib/invitation's one escaping function (through `segmentsToHtml`).
 */
import { segmentsToHtml } from '../invitation';
import { splitAtLinks } from '../invitation/segments';

/** The message cut at its links (the one rule, lib/invitation/segments). */
export const segmentsOf = splitAtLinks;

export function messageHtml(text: string, links: readonly string[]): string {
  return segmentsToHtml(splitAtLinks(text, links));
}
