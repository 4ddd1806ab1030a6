/**
 * Checks the compose form before any hand-over and before Done: each problem is
 * an error beside its own field, in the form's reading order, so the popup can
 * focus the first one. Nothing is handed over or recorded while one remains.
 */
import { checkDraftKeepsLink, parseGdapLink, validateDomain, validateEmail } from '../invitation';
import type { AppError, ComposeForm, Result } from '../schema';
import { RECORD_LIMITS, unsafeNameCharacter } from '../schema/records';
import type { FieldError, FieldErrors } from './field-error';
import { COMPOSE_FIELDS, type ComposeField } from './fields';
import { gdapLinkOf } from './link';

export { COMPOSE_FIELDS, type ComposeField };

const TEXT_MAX = 300;

export interface ComposeCheckInput {
  form: ComposeForm;
  /** `invitationLinkFor(...)` of the same form. */
  link: Result<string>;
  /** The subject and message as they stand. */
  draft: { subject: string; message: string };
  /** Whether the message was edited by hand (a rendered message always keeps its link). */
  edited: boolean;
  /** Why the draft could not be rendered, when it could not. */
  renderError?: AppError;
  /** Values the partner chose to keep although they looked like typos. */
  kept?: { contactEmail?: string; customerDomain?: string };
}

/** Which field a link-building error belongs beside. */
const LINK_ERROR_FIELD: Record<string, ComposeField> = {
  'provider-id-required': 'providerTenantId',
  'provider-id-malformed': 'providerTenantId',
  'provider-id-same-as-tenant': 'providerTenantId',
  'partner-id-required': 'relationshipType',
  'partner-id-malformed': 'relationshipType',
};

function fromAppError(error: AppError & { suggestion?: string }): FieldError {
  return error.suggestion === undefined
    ? { code: error.code, message: error.message }
    : {
        code: error.code,
        message: error.message,
        params: [error.suggestion],
        suggestion: error.suggestion,
      };
}

function tooLong(value: string, max = TEXT_MAX): FieldError | undefined {
  return value.trim().length > max
    ? {
        code: 'too-long',
        message: `At most ${max} characters, please.`,
        params: [String(max)],
      }
    : undefined;
}

/** A name as lib/schema stores it: not too long, no invisible direction or control characters. */
function checkName(value: string): FieldError | undefined {
  const bad = unsafeNameCharacter(value.trim());
  if (bad === undefined) return tooLong(value);
  return {
    code: 'invisible-character',
    message: `This contains an invisible control or text-direction character (${bad}), which can make it read differently than written. Type it again.`,
    params: [bad],
  };
}

/** A typo warning is a question: the partner may keep what they typed. */
function unlessKept(
  error: AppError & { suggestion?: string },
  value: string,
  kept: string | undefined,
): FieldError | undefined {
  if (error.code.endsWith('-typo') && kept !== undefined && kept === value.trim()) return undefined;
  return fromAppError(error);
}

function checkEmail(value: string, kept: string | undefined): FieldError | undefined {
  const checked = validateEmail(value);
  return checked.ok ? undefined : unlessKept(checked.error, value, kept);
}

function checkDomain(value: string, kept: string | undefined): FieldError | undefined {
  if (value.trim() === '') return undefined;
  const checked = validateDomain(value.trim().replace(/^@/, ''));
  return checked.ok ? undefined : unlessKept(checked.error, value, kept);
}

function checkDraft(input: ComposeCheckInput): FieldErrors<ComposeField> {
  const { draft, link, form } = input;
  // What the database would refuse to record (lib/schema's limits), rendered or typed.
  const lengths: FieldErrors<ComposeField> = {
    subject: tooLong(draft.subject, RECORD_LIMITS.subject),
    message: tooLong(draft.message, RECORD_LIMITS.text),
  };
  if (!input.edited) {
    // A rendered draft is right by construction; only say why there is none.
    const code = input.renderError?.code ?? '';
    return input.renderError && code.startsWith('template-')
      ? { message: fromAppError(input.renderError) }
      : lengths;
  }
  const errors: FieldErrors<ComposeField> = { ...lengths };
  if (draft.subject.trim() === '') {
    errors.subject = { code: 'subject-empty', message: 'Enter a subject for the e-mail.' };
  }
  if (link.ok && !errors.message) {
    const gdap = gdapLinkOf(form);
    const check = checkDraftKeepsLink(draft.message, link.value, {
      otherLinks: gdap ? [gdap] : [],
    });
    if (!check.ok) errors.message = { code: check.code, message: check.message };
  }
  return errors;
}

export function validateCompose(input: ComposeCheckInput): FieldErrors<ComposeField> {
  const { form, link } = input;
  const errors: FieldErrors<ComposeField> = {
    customerName:
      form.customerName.trim() === ''
        ? { code: 'customer-name-missing', message: 'Enter the customer name.' }
        : checkName(form.customerName),
    contactEmail: checkEmail(form.contactEmail, input.kept?.contactEmail),
    contactName: checkName(form.contactName),
    customerDomain: checkDomain(form.customerDomain, input.kept?.customerDomain),
    customerCountry:
      form.customerCountry.trim() === '' || /^[a-z]{2}$/i.test(form.customerCountry.trim())
        ? undefined
        : {
            code: 'country-malformed',
            message: 'Enter the two-letter country code, such as NL or GB.',
          },
    ...checkDraft(input),
  };
  if (!link.ok) {
    const field = LINK_ERROR_FIELD[link.error.code] ?? 'cloud';
    errors[field] = fromAppError(link.error);
  }
  const gdap = form.gdapLink.trim();
  if (gdap !== '') {
    const parsed = parseGdapLink(gdap);
    if (!parsed.ok) errors.gdapLink = fromAppError(parsed.error);
  }
  for (const field of COMPOSE_FIELDS) if (errors[field] === undefined) delete errors[field];
  return errors;
}
