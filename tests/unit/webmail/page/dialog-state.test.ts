import { describe, expect, it } from 'vitest';
import type { ComposeSuggestion } from '../../../../lib/schema';
import {
  closeList,
  failed,
  initialState,
  insertPressed,
  moveActive,
  pick,
  setEmail,
  setOptions,
  suggested,
  typed,
} from '../../../../lib/webmail/page/dialog/state';

const OPTIONS = { cloud: 'public', adminPrivileges: true, language: 'en' } as const;
const BAKKERIJ: ComposeSuggestion = {
  id: 'c1',
  name: 'Bakkerij de Zon',
  email: 'jan@bakkerijdezon.nl',
  detail: 'Sent 12 days ago · waiting',
  accepted: false,
};
const BAKER: ComposeSuggestion = { ...BAKKERIJ, id: 'c2', name: 'Baker & Co', accepted: true };

const withSuggestions = () =>
  suggested(typed(initialState(OPTIONS), 'Bak'), 'Bak', [BAKKERIJ, BAKER]);

describe('the dialog state', () => {
  it('typing opens the list; an answer for older text is dropped', () => {
    let s = typed(initialState(OPTIONS), 'B');
    expect(s.expanded).toBe(true);
    s = typed(s, 'Ba');
    s = suggested(s, 'B', [BAKKERIJ]);
    expect(s.suggestions).toEqual([]);
    s = suggested(s, 'Ba', [BAKKERIJ]);
    expect(s.suggestions).toEqual([BAKKERIJ]);
    expect(s.answered).toBe('Ba');
    // The next keystroke keeps them shown, still as the answer to 'Ba', until its own answer.
    expect(typed(s, 'Bak')).toMatchObject({ suggestions: [BAKKERIJ], answered: 'Ba' });
    expect(typed(s, '  ').expanded).toBe(false);
    expect(typed(s, '').suggestions).toEqual([]);
  });

  it('arrow keys move through the options and wrap', () => {
    let s = closeList(withSuggestions());
    s = moveActive(s, 1);
    expect([s.expanded, s.active]).toEqual([true, 0]);
    s = moveActive(moveActive(s, 1), 1);
    expect(s.active).toBe(0);
    expect(moveActive(s, -1).active).toBe(1);
    expect(moveActive(initialState(OPTIONS), 1).active).toBe(-1);
  });

  it('picking fills the name and e-mail and closes the list; typing over it lets the pick go', () => {
    let s = pick(withSuggestions(), 0);
    expect(s).toMatchObject({ picked: BAKKERIJ, query: BAKKERIJ.name, email: BAKKERIJ.email });
    expect(s.expanded).toBe(false);
    expect(suggested(s, s.query, [BAKER]).suggestions).toEqual([BAKKERIJ, BAKER]); // ignored
    s = typed(s, 'Bakkerij de Zo');
    expect(s.picked).toBeUndefined();
  });

  it('Insert with a picked customer asks the background by id', () => {
    const d = insertPressed(pick(withSuggestions(), 0));
    expect(d).toMatchObject({
      kind: 'send',
      request: { customerId: 'c1', options: OPTIONS },
      state: { busy: true },
    });
    expect('secondInvitation' in (d.kind === 'send' ? d.request : {})).toBe(false);
  });

  it('a customer that accepted already is asked about before a second invitation', () => {
    const s = pick(withSuggestions(), 1);
    const first = insertPressed(s);
    expect(first.kind).toBe('confirm');
    expect(first.state.confirming).toBe(true);
    expect(first.state.busy).toBe(false);
    const yes = insertPressed(first.state, true);
    expect(yes).toMatchObject({
      kind: 'send',
      request: { customerId: 'c2', secondInvitation: true },
    });
  });

  it('a new customer needs a name and one valid e-mail; bad input only sets errors', () => {
    const empty = insertPressed(initialState(OPTIONS));
    expect(empty).toMatchObject({
      kind: 'invalid',
      state: { errors: { customer: 'compose_err_customer', email: 'compose_err_emailEmpty' } },
    });
    expect(empty.state.busy).toBe(false);
    const wrong = insertPressed(setEmail(typed(initialState(OPTIONS), 'Contoso'), 'a@b, c@d.nl'));
    expect(wrong.state.errors).toEqual({ email: 'compose_err_emailMalformed' });
    const good = insertPressed(
      setEmail(typed(initialState(OPTIONS), ' Contoso '), 'it@contoso.com'),
    );
    expect(good).toMatchObject({
      kind: 'send',
      request: { name: 'Contoso', email: 'it@contoso.com', options: OPTIONS },
    });
  });

  it('changed options go with the request; a failure is said and the form stays', () => {
    let s = setOptions(pick(withSuggestions(), 0), { adminPrivileges: false, language: 'nl' });
    const d = insertPressed(s);
    expect(d.kind === 'send' && d.request.options).toEqual({
      cloud: 'public',
      adminPrivileges: false,
      language: 'nl',
    });
    s = failed(d.state, 'The invitation was not saved.');
    expect(s).toMatchObject({ busy: false, errors: { form: 'The invitation was not saved.' } });
    expect(s.picked).toEqual(BAKKERIJ);
    expect(typed(s, 'x').errors.form).toBeUndefined();
  });
});
