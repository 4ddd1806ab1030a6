// The background's record of which invitation went to which tab: changes made at
// once take turns, so none is lost and a Send from either tab still counts.
import { describe, expect, it } from 'vitest';
import {
  composeHandoverFor,
  forgetComposeHandover,
  rememberComposeHandover,
} from '../../../lib/storage/compose-handovers';

const entry = (tabId: number, invitationId: string) =>
  ({ tabId, invitationId, channel: 'gmail', at: Date.UTC(2026, 10, 1) }) as const;

describe('compose hand-overs', () => {
  it('keeps every hand-over remembered at the same moment', async () => {
    await Promise.all([
      rememberComposeHandover(entry(1, 'a')),
      rememberComposeHandover(entry(2, 'b')),
      rememberComposeHandover(entry(3, 'c')),
    ]);
    expect(await composeHandoverFor(1, 'a')).toBeDefined();
    expect(await composeHandoverFor(2, 'b')).toBeDefined();
    expect(await composeHandoverFor(3, 'c')).toBeDefined();
  });

  it('a forget at the same moment as a remember loses neither change', async () => {
    await rememberComposeHandover(entry(1, 'a'));
    await Promise.all([forgetComposeHandover('a'), rememberComposeHandover(entry(2, 'b'))]);
    expect(await composeHandoverFor(1, 'a')).toBeUndefined();
    expect(await composeHandoverFor(2, 'b')).toBeDefined();
  });

  it('counts a hand-over only for the tab it was made to', async () => {
    await rememberComposeHandover(entry(4, 'd'));
    expect(await composeHandoverFor(5, 'd')).toBeUndefined();
  });
});
