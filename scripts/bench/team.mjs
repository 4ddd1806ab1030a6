// Team sync figures (docs/ARCHITECTURE.md, "Budgets"): requests sent and wall
// time of lib/team against the contract server, in Node with fake-indexeddb —
// not in the browser, and not against Microsoft: the figures say what the sync
// asks of Graph and what its own work costs, not Graph's speed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fmt, printTable } from './lib.mjs';

export default async function benchTeam() {
  // Inside the project (ignored), so the bundle finds node_modules.
  const dir = join(process.cwd(), '.output', 'team-bench');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'team-run.mjs');
  try {
    await build({
      entryPoints: [new URL('./team-run.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      packages: 'external',
      alias: { 'wxt/browser': new URL('./team-browser.ts', import.meta.url).pathname },
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, [out], { encoding: 'utf8', cwd: process.cwd() });
    if (run.status !== 0) throw new Error(`team bench failed:\n${run.stderr}`);
    const rows = JSON.parse(run.stdout.trim().split('\n').pop());
    printTable(
      'Team sync against the contract server (Node + fake-indexeddb; $batch of 20, delta pages of 200)',
      ['what', 'requests', 'wall time', 'records moved'],
      rows.map((r) => [r.what, String(r.requests), fmt(r.ms), String(r.records)]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: `node scripts/bench/team.mjs`.
if (import.meta.url === `file://${process.argv[1]}`) await benchTeam();
