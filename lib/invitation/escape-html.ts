/**
 * The one HTML-escaping function (docs/ARCHITECTURE.md, "Permissions and security"): every piece of text that
 * goes into an HTML body passes through here exactly once, so customer-supplied
 * text can never become markup. Quotes are escaped too, because the same function
 * fills `href="…"` attributes.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
