/** Reading the repository's own files for the convention tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

/** Paths (from the repository root) of the files under `dir` whose path matches `name`. */
export function filesUnder(dir: string, name: RegExp): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(file))
    .map((file) => join(dir, file))
    .sort();
}

export const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
