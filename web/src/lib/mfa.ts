import { z } from 'zod';

import { ProblemError, describeError } from '@/lib/problem';

/** What the server answers when a TOTP enrolment starts. */
export const enrolmentSchema = z.object({
  secret: z.string().min(1),
  otpauthUri: z.string().startsWith('otpauth://'),
});

export type Enrolment = z.infer<typeof enrolmentSchema>;

export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** A code as typed: spaces and dashes in a six-digit code are dropped, recovery codes are kept. */
export function normalizeMfaCode(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : trimmed;
}

export const mfaCodeSchema = z
  .string()
  .trim()
  .min(1, 'Enter the code from your authenticator app or a recovery code.')
  .max(32, 'That is longer than any code.');

/** The secret in groups of four, easier to type into an authenticator app by hand. */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

/** The text file offered for download with the recovery codes. */
export function recoveryCodesFile(codes: readonly string[], account: string): string {
  return [
    `AiGentForce recovery codes for ${account}`,
    'Each code signs you in once when you cannot use your authenticator app.',
    'Keep them somewhere safe.',
    '',
    ...codes,
    '',
  ].join('\n');
}

/** What to tell someone whose code was refused (a wrong code is a 422 or 401 problem). */
export function describeMfaError(error: unknown): string {
  if (error instanceof ProblemError && (error.status === 422 || error.status === 401)) {
    return 'That code is not correct. Enter the code your app shows now.';
  }
  return describeError(error);
}
