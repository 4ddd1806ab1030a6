/**
 * A sentence for a failed parse. zod/mini ships no messages (every issue says
 * "Invalid input", to keep the popup small), so the field and the reason are
 * written here from the issue's code.
 */
import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

function reason(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'must be a whole number' : `must be ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is shorter than ${issue.minimum}`
        : `is below ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is longer than ${issue.maximum}`
        : `is above ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'has the wrong format';
    default:
      return 'is invalid';
  }
}

/** "name must be string, cloud must be one of public, …" */
export function describeIssues(error: { issues: readonly Issue[] }): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || 'the record'} ${reason(issue)}`)
    .join(', ');
}
