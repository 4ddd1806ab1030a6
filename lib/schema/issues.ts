/**
 * Sentences for a failed parse. zod/mini ships no messages (every issue says
 * "Invalid input", which keeps the popup small), so the field and the reason are
 * written here once, from the issue's code, for every caller.
 */
import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

function reason(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
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
    case 'custom':
      // Our own refinements carry their reason as a phrase ("is not a time between …").
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
    default:
      return 'is invalid';
  }
}

function sentenceFor(issue: Issue): string {
  const path = issue.path.map(String).join('.');
  return path ? `the field "${path}" ${reason(issue)}` : `the record ${reason(issue)}`;
}

/** 'the field "name" is missing, the field "cloud" must be one of public, …' */
export function describeIssues(error: { issues: readonly Issue[] }): string {
  return error.issues.map(sentenceFor).join(', ');
}

/** The first issue only — one fix at a time, for a person reading an import error. */
export function describeFirstIssue(error: { issues: readonly Issue[] }): string {
  const [issue] = error.issues;
  return issue ? sentenceFor(issue) : 'the record is invalid';
}
