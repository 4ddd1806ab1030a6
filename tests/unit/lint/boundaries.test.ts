/**
 * The boundaries in biome.json refuse what they are meant to refuse: each case
 * writes a small probe file at a path in the zone it tests (overrides apply by
 * path) inside a scratch copy of the project's biome.json, runs Biome there, and
 * expects that rule's message. Working in a scratch folder keeps the probes out
 * of the real tree, where other tests read files in parallel. A clean probe
 * proves a rule is not too wide.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const PROBE = '__lint_probe__';
const SCRATCH = mkdtempSync(join(tmpdir(), 'biome-boundaries-'));

interface Probe {
  /** Where the probe would stand in the repository (written in the scratch copy). */
  file: string;
  source: string;
}

const PROBES = {
  libPreact: {
    file: `lib/${PROBE}/ui.ts`,
    source: "import { h } from 'preact';\nexport const x = h;\n",
  },
  libSignals: {
    file: `lib/${PROBE}/signals.ts`,
    source: "import { signal } from '@preact/signals';\nexport const x = signal;\n",
  },
  libComponents: {
    file: `lib/${PROBE}/components.ts`,
    source: "import { Field } from '../../components/Field';\nexport const x = Field;\n",
  },
  libEntrypoints: {
    file: `lib/${PROBE}/entry.ts`,
    source: "import { x as y } from '../../entrypoints/popup/state';\nexport const x = y;\n",
  },
  pageDb: {
    file: `lib/webmail/page/${PROBE}/db.ts`,
    source: "import { openDb } from '../../../db';\nexport const x = openDb;\n",
  },
  pageStorage: {
    file: `lib/webmail/page/${PROBE}/storage.ts`,
    source: "import { loadProfile } from '../../../storage';\nexport const x = loadProfile;\n",
  },
  pageZod: {
    file: `entrypoints/${PROBE}.content/index.ts`,
    source: "import { z } from 'zod/mini';\nexport const x = z;\n",
  },
  pageSchemaValue: {
    file: `lib/webmail/page/${PROBE}/schema.ts`,
    source:
      "import { InsertPayloadSchema } from '../../../schema';\nexport const x = InsertPayloadSchema;\n",
  },
  pageSchemaConstant: {
    file: `lib/webmail/page/${PROBE}/constant.ts`,
    source: "import { CLOUDS } from '../../../schema';\nexport const x = CLOUDS;\n",
  },
  pageSchemaType: {
    file: `lib/webmail/page/${PROBE}/types.ts`,
    source:
      "import type { InsertPayload } from '../../../schema';\nexport type X = InsertPayload;\n",
  },
  /** The in-compose dialog's chunk runs in the webmail page too (issue 11). */
  dialogChunkDb: {
    file: 'entrypoints/compose-dialog.ts',
    source: "import { suggestCustomers } from '../lib/db';\nexport const x = suggestCustomers;\n",
  },
  composeRequestZod: {
    file: 'lib/messaging/compose-request.ts',
    source: "import { z } from 'zod/mini';\nexport const x = z;\n",
  },
  popupToOptions: {
    file: `entrypoints/popup/${PROBE}/x.ts`,
    source: "import { showToast } from '../../options/state';\nexport const x = showToast;\n",
  },
  optionsToPopup: {
    file: `entrypoints/options/${PROBE}/x.ts`,
    source:
      "import { createAppState } from '../../popup/state';\nexport const x = createAppState;\n",
  },
  dbInside: {
    file: `components/${PROBE}/db.ts`,
    source: "import { openDb } from '../../lib/db/open';\nexport const x = openDb;\n",
  },
  transferInside: {
    file: `entrypoints/options/${PROBE}/transfer.ts`,
    source: "export const x = () => import('../../../lib/transfer/backup');\n",
  },
  dbIndex: {
    file: `components/${PROBE}/index-ok.ts`,
    source: "import { openDb } from '../../lib/db';\nexport const x = openDb;\n",
  },
  cycleA: {
    file: `lib/${PROBE}/cycle-a.ts`,
    source: "import { b } from './cycle-b';\nexport const a = () => b;\n",
  },
  cycleB: {
    file: `lib/${PROBE}/cycle-b.ts`,
    source: "import type { a } from './cycle-a';\nexport const b = 1 as unknown as typeof a;\n",
  },
} satisfies Record<string, Probe>;

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string };
}

const byFile = new Map<string, Diagnostic[]>();

beforeAll(() => {
  copyFileSync(join(ROOT, 'biome.json'), join(SCRATCH, 'biome.json'));
  for (const probe of Object.values(PROBES)) {
    mkdirSync(join(SCRATCH, dirname(probe.file)), { recursive: true });
    writeFileSync(join(SCRATCH, probe.file), probe.source);
  }
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/biome'),
    [
      'lint',
      '--vcs-enabled=false',
      '--reporter=json',
      '--max-diagnostics=none',
      ...Object.values(PROBES).map((p) => p.file),
    ],
    { cwd: SCRATCH, encoding: 'utf8' },
  );
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  const report = JSON.parse(json) as { diagnostics: Diagnostic[] };
  for (const d of report.diagnostics) {
    const list = byFile.get(d.location.path) ?? [];
    list.push(d);
    byFile.set(d.location.path, list);
  }
}, 30_000);

afterAll(() => {
  rmSync(SCRATCH, { recursive: true, force: true });
});

const messagesOf = (probe: Probe) =>
  (byFile.get(probe.file) ?? []).map((d) => `${d.category}: ${d.message}`);

describe('biome.json boundaries', () => {
  it.each([
    ['lib/ imports no Preact', PROBES.libPreact, /lib\/ knows no UI/],
    ['lib/ imports no @preact/*', PROBES.libSignals, /lib\/ knows no UI/],
    ['lib/ imports no components/', PROBES.libComponents, /lib\/ knows no UI/],
    ['lib/ imports no entrypoints/', PROBES.libEntrypoints, /lib\/ knows no UI/],
    ['page-world code imports no lib/db', PROBES.pageDb, /IndexedDB and storage are not ours/],
    [
      'page-world code imports no lib/storage',
      PROBES.pageStorage,
      /IndexedDB and storage are not ours/,
    ],
    ['a content entrypoint imports no zod', PROBES.pageZod, /No zod in page-world code/],
    [
      'page-world code takes no schema from lib/schema',
      PROBES.pageSchemaValue,
      /only types from lib\/schema/,
    ],
    ['page-world code takes no constant from lib/schema', PROBES.pageSchemaConstant, /only types/],
    [
      'the in-compose dialog chunk imports no lib/db',
      PROBES.dialogChunkDb,
      /IndexedDB and storage are not ours/,
    ],
    [
      "the content scripts' background requests import no zod",
      PROBES.composeRequestZod,
      /No zod in page-world code/,
    ],
    [
      'the popup does not import the options page',
      PROBES.popupToOptions,
      /popup does not import the options/,
    ],
    [
      'the options page does not import the popup',
      PROBES.optionsToPopup,
      /options page does not import the popup/,
    ],
    ['lib/db is reached through its index', PROBES.dbInside, /through their index/],
    [
      'lib/transfer is reached through its index, also by import()',
      PROBES.transferInside,
      /through their index/,
    ],
    ['a cycle is refused, even through a type import', PROBES.cycleA, /noImportCycles/],
  ])('%s', (_name, probe, expected) => {
    expect(messagesOf(probe).join('\n')).toMatch(expected);
  });

  it.each([
    ['page-world code may import types from lib/schema', PROBES.pageSchemaType],
    ['lib/db through its index is allowed', PROBES.dbIndex],
  ])('%s', (_name, probe) => {
    expect(messagesOf(probe).filter((m) => m.includes('noRestrictedImports'))).toEqual([]);
  });
});
