/** The dialog's CSS, inside its shadow root: `all: initial` keeps the page's CSS out, the root keeps ours in. */
export const DIALOG_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.32); z-index: 2147483646;
  display: flex; align-items: flex-start; justify-content: center; padding-top: 10vh; }
[role="dialog"] { box-sizing: border-box; width: min(440px, 94vw); max-height: 80vh; overflow: auto;
  background: #fff; color: #1f1f1f; border-radius: 8px; padding: 16px 20px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.28);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h2 { font-size: 18px; font-weight: 600; margin: 0 0 12px; }
label { display: block; font-weight: 500; margin: 10px 0 4px; }
label.check { display: flex; gap: 6px; align-items: center; font-weight: 400; }
input[type="text"], input[type="email"], select { box-sizing: border-box; width: 100%; font: inherit;
  color: inherit; background: #fff; border: 1px solid #5f6368; border-radius: 4px; padding: 6px 8px; }
input:focus-visible, select:focus-visible, button:focus-visible, [role="option"].active {
  outline: 2px solid #0b57d0; outline-offset: 1px; }
[role="listbox"] { list-style: none; margin: 2px 0 0; padding: 2px; border: 1px solid #5f6368;
  border-radius: 4px; max-height: 220px; overflow: auto; }
[role="option"] { padding: 6px 8px; border-radius: 3px; cursor: pointer; }
[role="option"].active, [role="option"]:hover { background: #e8f0fe; }
.hint { color: #444; font-size: 13px; }
.error { color: #b3261e; margin: 4px 0 0; }
.summary { display: flex; gap: 8px; align-items: baseline; margin: 12px 0 0; }
.summary span { flex: 1; }
.confirm { margin: 12px 0 0; padding: 8px; border: 1px solid #b3261e; border-radius: 4px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; }
button { font: inherit; border-radius: 4px; padding: 6px 14px; cursor: pointer;
  border: 1px solid #5f6368; background: #fff; color: #1f1f1f; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button.link { border: none; background: none; color: #0b57d0; padding: 0 2px; text-decoration: underline; }
button[disabled] { opacity: 0.6; cursor: default; }
[hidden] { display: none !important; }
`;
