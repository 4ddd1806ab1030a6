/**
 * Small constructors for `Result` values, so every refusal in this folder is
 * written the same way: a stable code for the program and a sentence for people.
 */
import type { AppError } from '../schema';

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(
  code: Code,
  message: string,
): { ok: false; error: AppError<Code> } {
  return { ok: false, error: { code, message } };
}
