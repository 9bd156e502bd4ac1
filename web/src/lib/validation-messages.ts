import { z } from 'zod';

const units = { string: 'characters', array: 'items' } as const;

/**
 * Zod's own wording ("Too big: expected string to have <=200 characters") as a sentence, for the limits a schema
 * declares without a message of its own; schema messages keep precedence.
 */
export const sentenceErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  const unit = units[issue.origin as keyof typeof units] as string | undefined;
  if (!unit) return undefined;
  return issue.code === 'too_big'
    ? `Use at most ${String(issue.maximum)} ${unit}.`
    : `Use at least ${String(issue.minimum)} ${unit}.`;
};

z.config({ customError: sentenceErrors });
