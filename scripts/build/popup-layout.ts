/**
 * How the build lays out the popup's files (docs/ARCHITECTURE.md, "Popup
 * start-up"). Opening an extension page costs about 2 ms of the page's main
 * thread for each file it loads, more than the bytes in them, so the popup
 * starts from one script and its HTML, which holds the styles:
 *
 * - the popup is built on its own (wxt.config.ts), so its start-up code is one
 *   chunk rather than chunks shared with the options page;
 * - the page's stylesheet links become `<style>` in its HTML (`@import`s
 *   included, minified), before Vite sees them: Vite would make each a file,
 *   and a dependency of every chunk the page imports.
 *
 * Both views (first use's profile form, every day's compose form) are in that
 * one chunk: a lazy chunk for first use cost it a second file after storage
 * answered.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Plugin, preprocessCSS, type ResolvedConfig, transformWithEsbuild } from 'vite';

/** A local stylesheet link in the page's HTML, as WXT hands it on: `<link rel="stylesheet" href="./x.css">`. */
const STYLESHEET = /<link rel="stylesheet" href="(\.[^"]+\.css)"\s*\/?>/g;

export function inlineStylesheets(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'csp:inline-stylesheets',
    apply: 'build',
    configResolved: (resolved) => {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (page, { filename }) => {
        if (!config) throw new Error('inlineStylesheets: the build configuration is not resolved');
        const sheets = new Map<string, string>();
        for (const [, href = ''] of page.matchAll(STYLESHEET)) {
          const file = resolve(dirname(filename), href);
          const { code } = await preprocessCSS(await readFile(file, 'utf8'), file, config);
          const min = await transformWithEsbuild(code, file, { loader: 'css', minify: true });
          sheets.set(href, min.code.trim());
        }
        return page.replace(
          STYLESHEET,
          (_link, href: string) => `<style>${sheets.get(href)}</style>`,
        );
      },
    },
  };
}
