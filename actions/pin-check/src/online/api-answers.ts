import { GatesError } from '@gates/core';

/**
 * Checks on the values pin-check takes from API answers before they become
 * facts and, through fix mode, text in the user's workflow files: a commit
 * or tag object id must be a full 40-hex SHA, a tag name one git could have
 * created. An answer that breaks either is not what GitHub sends (exit 3, or
 * the reference's error under `online: optional`), never an edit.
 */
export function objectSha(value: unknown, what: string): string {
  if (typeof value === 'string' && /^[0-9a-f]{40}$/.test(value)) return value;
  throw new GatesError('GATES_E_API_MALFORMED', { route: what, reason: `the object id ${describe(value)} is not a 40-hex SHA` });
}

/** git check-ref-format forbids control characters, space, ~ ^ : ? * [ \ and "..". */
export function tagName(value: unknown, what: string): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= 255 && !/[\u0000-\u0020\u007f~^:?*[\\]|\.\./.test(value)) return value;
  throw new GatesError('GATES_E_API_MALFORMED', { route: what, reason: `the tag name ${describe(value)} is not one git allows` });
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value;
}
