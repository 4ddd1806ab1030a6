// One schema for every way in (lib/schema/limits.ts): times in a window, the UI's
// lengths, no invisible controls in names. The window's "now" is injectable.
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../lib/schema/issues';
import { EARLIEST_RECORD_TIME, isRecordTime, setRecordClock } from '../../lib/schema/limits';
import { CustomerSchema, InvitationSchema, unsafeNameCharacter } from '../../lib/schema/records';

const NOW = Date.UTC(2024, 4, 15);
const DAY = 24 * 60 * 60 * 1000;

const customer = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  name: 'Contoso',
  nameKey: 'contoso',
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});

function why(r: { success: boolean; error?: unknown }): string {
  return r.success ? 'accepted' : describeIssues(r.error as never);
}

describe('record times', () => {
  it('lie between 1 January 2015 and a day after the injected now', () => {
    setRecordClock(() => NOW);
    expect(isRecordTime(EARLIEST_RECORD_TIME)).toBe(true);
    expect(isRecordTime(EARLIEST_RECORD_TIME - 1)).toBe(false);
    expect(isRecordTime(NOW + DAY)).toBe(true);
    expect(isRecordTime(NOW + DAY + 1)).toBe(false);
    setRecordClock(() => NOW + 10 * DAY);
    expect(isRecordTime(NOW + 2 * DAY)).toBe(true);
  });

  it.each([
    ['past JavaScript’s date range', 9e15],
    ['before 2015', 500],
    ['a year ahead', NOW + 365 * DAY],
    ['not a whole number', NOW + 0.5],
  ])('refuse a time %s, naming the field', (_what, at) => {
    setRecordClock(() => NOW);
    const r = CustomerSchema.safeParse(customer({ updatedAt: at }));
    expect(why(r)).toMatch(
      /the field "updatedAt" is not a time between 1 January 2015 and one day/,
    );
  });

  it('refuse infinity (not a number JSON can carry anyway)', () => {
    expect(
      CustomerSchema.safeParse(customer({ updatedAt: Number.POSITIVE_INFINITY })).success,
    ).toBe(false);
  });

  it('in a history entry are checked too', () => {
    setRecordClock(() => NOW);
    const r = InvitationSchema.safeParse({ history: [{ status: 'sent', at: 9e15 }] });
    expect(why(r)).toContain('the field "history.0.at" is not a time');
  });
});

describe('lengths as the UI allows them', () => {
  it.each([
    ['name', { name: 'x'.repeat(301) }, '"name" is longer than 300'],
    ['contact name', { contactName: 'x'.repeat(1_000_000) }, '"contactName" is longer than 300'],
    ['notes', { notes: 'x'.repeat(20_001) }, '"notes" is longer than 20000'],
    ['id', { id: 'x'.repeat(129) }, '"id" is longer than 128'],
    ['e-mail', { contactEmail: `${'x'.repeat(250)}@a.nl` }, '"contactEmail" is longer than 254'],
    ['a blank name', { name: '   ' }, '"name" is empty'],
    ['a country that is not a code', { country: 'Netherlands' }, '"country" has the wrong format'],
  ])('refuse a too long or blank %s', (_what, over, message) => {
    expect(why(CustomerSchema.safeParse(customer(over)))).toContain(message);
  });

  it('accept the longest allowed values', () => {
    const r = CustomerSchema.safeParse(
      customer({ name: 'x'.repeat(300), contactName: 'y'.repeat(300), notes: 'z'.repeat(20_000) }),
    );
    expect(why(r)).toBe('accepted');
  });
});

describe('names', () => {
  it.each([
    ['a right-to-left override', 'Contoso \u202egnp.exe\u202c BV', 'U+202E'],
    ['an isolate', 'Contoso \u2067x\u2069', 'U+2067'],
    ['a line break', 'Contoso\nBV', 'U+000A'],
    ['a NUL', 'Contoso\u0000', 'U+0000'],
  ])('refuse %s and name the character', (_what, name, code) => {
    expect(unsafeNameCharacter(name)).toBe(code);
    expect(why(CustomerSchema.safeParse(customer({ name })))).toContain(
      `"name" contains an invisible control or text-direction character (${code})`,
    );
  });

  it('accept right-to-left and accented names, which need no controls', () => {
    for (const name of ['مخبز القاهرة', 'בית קפה', 'Bäckerei Müller', 'Café Zürich']) {
      expect(why(CustomerSchema.safeParse(customer({ name })))).toBe('accepted');
    }
  });
});
