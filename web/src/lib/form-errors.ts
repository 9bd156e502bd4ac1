import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { describeError, ProblemError } from '@/lib/problem';

/** `roles[0]` and `roles.0` both belong to the form field `roles`. */
function formFieldName(serverField: string): string {
  return serverField.replace(/\[\d+\]/g, '').replace(/\.\d+$/, '');
}

/**
 * Puts the field errors of a 422 problem (whose messages the server words as sentences naming the field) onto the matching form fields and returns a message
 * for whatever could not be placed (or for the whole error when it is not a validation problem).
 * Returns undefined when every error found its field.
 */
export function applyProblemToForm<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | undefined {
  if (!(error instanceof ProblemError) || error.fieldErrors.length === 0) {
    return describeError(error);
  }
  const known = new Set<string>(fields);
  const unplaced: string[] = [];
  let focused = false;
  for (const { field, message } of error.fieldErrors) {
    const name = formFieldName(field);
    if (known.has(name)) {
      setError(name as Path<T>, { type: 'server', message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unplaced.push(message);
    }
  }
  if (unplaced.length > 0) return unplaced.join(' ');
  return undefined;
}
