import { describe, expect, it } from 'vitest';
import { messageHtml, segmentsOf } from '../../../lib/form/html';

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=x&msppId=0#/a';
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/1';

describe('the HTML flavour of the message', () => {
  it('turns each link into an anchor and escapes everything else once', () => {
    const html = messageHtml(`Dear <b>Anna</b> & co,\n\n${LINK}\n\nAlso: ${GDAP}`, [LINK, GDAP]);
    expect(html).toContain('Dear &lt;b&gt;Anna&lt;/b&gt; &amp; co,');
    expect(html).toContain(`<a href="${LINK.replace(/&/g, '&amp;')}">`);
    expect(html).toContain(`<a href="${GDAP}">`);
    expect(html).not.toContain('<b>');
    expect(html.match(/<p>/g)).toHaveLength(3);
  });

  it('finds every occurrence, and prefers the longer link where one starts another', () => {
    expect(segmentsOf(`a ${LINK} b ${LINK}`, [LINK])).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'link', href: LINK },
      { kind: 'text', text: ' b ' },
      { kind: 'link', href: LINK },
    ]);
    const short = 'https://admin.microsoft.com/Adminportal/Home';
    expect(segmentsOf(LINK, [short, LINK])).toEqual([{ kind: 'link', href: LINK }]);
    expect(segmentsOf('no links', ['', LINK])).toEqual([{ kind: 'text', text: 'no links' }]);
  });

  it('never makes a link of a customer-supplied URL', () => {
    const html = messageHtml('Visit https://evil.example.com/"><script>x</script>', [LINK]);
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<script>');
  });
});
