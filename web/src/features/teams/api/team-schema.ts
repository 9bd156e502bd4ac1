import { z } from 'zod';

export const teamMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  lead: z.boolean().default(false),
});

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  members: z.array(teamMemberSchema).default([]),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
});

export type Team = z.infer<typeof teamSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamsQueryKey = ['teams'] as const;
