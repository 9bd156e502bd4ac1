import { z } from 'zod';

/** Shapes shared by several features; endpoint-specific ones live next to their endpoint. */

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    size: z.number().int(),
    total: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export const userStatusSchema = z.enum(['active', 'invited', 'deactivated']);
export type UserStatus = z.infer<typeof userStatusSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()).default([]),
  permissions: z.array(z.string()).default([]),
  subscriptionTier: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  status: userStatusSchema.or(z.string()),
  teams: z
    .array(z.object({ id: z.string(), name: z.string(), lead: z.boolean().default(false) }))
    .default([]),
  preferences: z.record(z.string(), z.unknown()).nullish(),
  lastLoginAt: z.string().nullish(),
});
export type User = z.infer<typeof userSchema>;

export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  builtIn: z.boolean(),
  permissions: z.array(z.string()).default([]),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
});
export type Role = z.infer<typeof roleSchema>;
