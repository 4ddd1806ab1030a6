import { describe, expect, it } from 'vitest';
import { editDraft, FOLLOWING_FIELDS, shownDraft } from '../../../lib/form/draft-state';

const RENDERED = { subject: 'Please authorize Contoso IT', text: 'Dear Anna,\n\nlink' };

describe('the draft follows the fields until edited by hand', () => {
  it('shows the rendered draft while not edited, and nothing when it cannot render', () => {
    expect(shownDraft(FOLLOWING_FIELDS, RENDERED)).toEqual({
      subject: RENDERED.subject,
      message: RENDERED.text,
    });
    expect(shownDraft(FOLLOWING_FIELDS, undefined)).toEqual({ subject: '', message: '' });
  });

  it('keeps both texts once one is edited, whatever the fields render next', () => {
    const edited = editDraft(FOLLOWING_FIELDS, RENDERED, 'subject', 'Our invitation');
    expect(edited).toEqual({ edited: true, subject: 'Our invitation', message: RENDERED.text });
    const later = { subject: 'Other', text: 'Other text' };
    expect(shownDraft(edited, later)).toEqual({
      subject: 'Our invitation',
      message: RENDERED.text,
    });
  });

  it('follows the fields again when the edit is undone to exactly the rendered text', () => {
    const edited = editDraft(FOLLOWING_FIELDS, RENDERED, 'message', 'Changed');
    expect(editDraft(edited, RENDERED, 'message', RENDERED.text)).toBe(FOLLOWING_FIELDS);
  });

  it('counts typing into an empty draft as an edit', () => {
    expect(editDraft(FOLLOWING_FIELDS, undefined, 'message', 'Hello')).toEqual({
      edited: true,
      subject: '',
      message: 'Hello',
    });
  });
});
