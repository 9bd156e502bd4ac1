import { z } from 'zod';

export const variableTypes = ['string', 'text', 'number', 'boolean', 'enum'] as const;
export type VariableType = (typeof variableTypes)[number];

export const variableSchema = z.object({
  name: z.string(),
  type: z.enum(variableTypes),
  required: z.boolean().default(false),
  default: z.union([z.string(), z.number(), z.boolean()]).nullish(),
  options: z.array(z.string()).default([]),
});

export const templateSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string().nullish(),
  body: z.string(),
  variables: z.array(variableSchema).default([]),
  savedBy: z.string().nullish(),
  savedAt: z.string().nullish(),
});

/** A list row: a template's latest version, or one version of its history. */
export const templateSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string().nullish(),
  variableCount: z.number().int(),
  savedBy: z.string().nullish(),
  savedAt: z.string().nullish(),
});

export type TemplateVariable = z.infer<typeof variableSchema>;
export type PromptTemplate = z.infer<typeof templateSchema>;
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export interface TemplateInput {
  name: string;
  description?: string | undefined;
  body: string;
  variables: {
    name: string;
    type: VariableType;
    required: boolean;
    default?: string | number | boolean | undefined;
    options?: string[] | undefined;
  }[];
}

export const promptTemplatesQueryKey = ['prompt-templates'] as const;
