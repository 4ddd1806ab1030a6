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
 *   and a dependency of every chunk the page imports;
 * - the view shown on first use only (the profile form) is one lazy chunk with
 *   everything it needs besides the start-up code; the page names it in a
 *   `<meta name="csp-first-use">`, so that popup-reads.js can fetch it as soon as
 *   storage says there is no profile yet.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { GetModuleInfo } from 'rollup';
import { type Plugin, preprocessCSS, type ResolvedConfig, transformWithEsbuild } from 'vite';
import { FIRST_USE_META } from '../../lib/storage/early';

/** A local stylesheet link in the page's HTML, as WXT hands it on: `<link rel="stylesheet" href="./x.css">`. */
const STYLESHEET = /<link rel="stylesheet" href="(\.[^"]+\.css)"\s*\/?>/g;

/** `firstUse`: the first-use view's module, as a path from the project's root. */
export function popupLayout(firstUse: string): Plugin[] {
  return [inlineStylesheets(), oneChunk('first-use', firstUse, FIRST_USE_META)];
}

function inlineStylesheets(): Plugin {
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

/**
 * The lazily imported `module` and everything it imports that the page's entry
 * does not, in one chunk named `name` (Rollup would otherwise split out what
 * other lazy chunks share with it: more files, loaded one after the other),
 * whose path the page's `<meta name={meta}>` holds.
 */
function oneChunk(name: string, module: string, meta: string): Plugin {
  let members: { entry: Set<string>; chunk: Set<string> } | undefined;
  return {
    name: 'csp:one-chunk',
    apply: 'build',
    outputOptions: (options) => ({
      ...options,
      manualChunks: (id, { getModuleIds, getModuleInfo }) => {
        members ??= chunkMembers([...getModuleIds()], getModuleInfo, module);
        if (members.chunk.has(id)) return name;
        // Named too: Rollup would move what both import into the manual chunk.
        return members.entry.has(id) ? 'entry' : undefined;
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(_page, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.name === name,
        );
        if (!chunk) throw new Error(`oneChunk: no chunk ${name} in the build`);
        return [
          {
            tag: 'meta',
            attrs: { name: meta, content: `/${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/** The modules the page's entry imports (transitively), and those of the chunk. */
function chunkMembers(
  ids: string[],
  info: GetModuleInfo,
  module: string,
): { entry: Set<string>; chunk: Set<string> } {
  const closure = (from: string[]) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of info(id)?.importedIds ?? []) visit(next);
    };
    for (const id of from) visit(id);
    return seen;
  };
  const entry = closure(ids.filter((id) => info(id)?.isEntry));
  const roots = ids.filter((id) => id.endsWith(`/${module}`));
  if (roots.length !== 1) throw new Error(`oneChunk: ${module} is not one module of this build`);
  return { entry, chunk: new Set([...closure(roots)].filter((id) => !entry.has(id))) };
}
