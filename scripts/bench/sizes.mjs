// JavaScript size of each entrypoint (raw and gzip), following the chunks an HTML page loads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, printTable } from './lib.mjs';

function scriptsOfHtml(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

function measure(dir, files) {
  const bytes = files.map((f) => readFileSync(join(dir, f)));
  const raw = bytes.reduce((s, b) => s + b.length, 0);
  // Gzip of the concatenation: what the page downloads as one unit, compressed.
  const gzip = gzipSync(Buffer.concat(bytes), { level: 9 }).length;
  return { raw, gzip };
}

export function entrypointSizes(dir = '.output/chrome-mv3') {
  const entries = [
    ['popup', scriptsOfHtml(dir, 'popup.html')],
    ['options', scriptsOfHtml(dir, 'options.html')],
    ['background', ['background.js']],
    ...readdirSync(join(dir, 'content-scripts'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => [`content: ${f.replace(/\.js$/, '')}`, [`content-scripts/${f}`]]),
    // The in-compose dialog's chunk: loaded on the first click, not at rest.
    ...(existsSync(join(dir, 'compose-dialog.js'))
      ? [['compose dialog (on first click)', ['compose-dialog.js']]]
      : []),
  ];
  return entries.map(([name, files]) => ({ name, files, ...measure(dir, files) }));
}

export function printSizes(sizes, budgets) {
  printTable(
    'JavaScript per entrypoint (gzip -9 of all chunks the entrypoint loads)',
    ['entrypoint', 'raw', 'gzip', 'budget (gzip)', 'files'],
    sizes.map((s) => [s.name, kb(s.raw), kb(s.gzip), budgets[s.name] ?? '-', s.files.length]),
  );
}
