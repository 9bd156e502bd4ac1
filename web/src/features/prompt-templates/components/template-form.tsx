import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { FormField } from '@/components/ui/form-field';
import { PlusIcon } from '@/components/ui/icons';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useSaveTemplate } from '@/features/prompt-templates/api/save-template';
import {
  variableTypes,
  type PromptTemplate,
  type TemplateInput,
  type TemplateVariable,
} from '@/features/prompt-templates/api/template-schema';
import { describeError, ProblemError } from '@/lib/problem';

const formSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  description: z.string().trim().max(2000),
  body: z.string().min(1, 'Write the prompt.'),
  variables: z.array(
    z.object({
      name: z
        .string()
        .trim()
        .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'A letter or _, then letters, digits or _.'),
      type: z.enum(variableTypes),
      required: z.boolean(),
      default: z.string(),
      options: z.string(),
    }),
  ),
});

type FormValues = z.infer<typeof formSchema>;
type VariableRow = FormValues['variables'][number];

function toRow(variable: TemplateVariable): VariableRow {
  return {
    name: variable.name,
    type: variable.type,
    required: variable.required,
    default: variable.default == null ? '' : String(variable.default),
    options: variable.options.join(', '),
  };
}

/** A default as its type; a number that does not parse is sent as typed, so the server names it. */
function typedDefault(row: VariableRow): string | number | boolean | undefined {
  const raw = row.default.trim();
  if (raw === '') return undefined;
  if (row.type === 'boolean') return raw === 'true';
  if (row.type === 'number') return Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return row.type === 'text' ? row.default : raw;
}

function toInput(values: FormValues): TemplateInput {
  return {
    name: values.name,
    description: values.description || undefined,
    body: values.body,
    variables: values.variables.map((row) => ({
      name: row.name,
      type: row.type,
      required: row.required,
      default: typedDefault(row),
      options:
        row.type === 'enum'
          ? row.options
              .split(',')
              .map((option) => option.trim())
              .filter(Boolean)
          : undefined,
    })),
  };
}

/** `variables[2].default` → `variables.2.default`, the form's own path. */
const SERVER_FIELD = /^(name|description|body|variables\.\d+\.(name|type|default|options))$/;

export interface TemplateFormProps {
  template?: PromptTemplate | undefined;
  readOnly: boolean;
  onSaved: (saved: PromptTemplate) => void;
}

/** Name, body and the variables table; saving makes the next version. */
export function TemplateForm({ template, readOnly, onSaved }: TemplateFormProps) {
  const save = useSaveTemplate();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: template?.name ?? '',
      description: template?.description ?? '',
      body: template?.body ?? '',
      variables: template?.variables.map(toRow) ?? [],
    },
  });
  const variables = useFieldArray({ control, name: 'variables' });
  const rows = useWatch({ control, name: 'variables' });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    save.mutate(
      { id: template?.id, input: toInput(values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (!(error instanceof ProblemError) || error.fieldErrors.length === 0) {
            setFormError(describeError(error));
            return;
          }
          const unplaced: string[] = [];
          for (const { field, message } of error.fieldErrors) {
            const path = field.replace(/\[(\d+)\]/g, '.$1');
            if (SERVER_FIELD.test(path)) {
              setError(path as Path<FormValues>, { type: 'server', message: sentence(message) });
            } else {
              unplaced.push(`${field}: ${message}`);
            }
          }
          setFormError(unplaced.length > 0 ? unplaced.join('; ') : 'Correct the marked fields.');
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="min-w-0 space-y-4">
        <FormField label="Name" error={errors.name?.message}>
          {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
        </FormField>
        <FormField label="Description" optional error={errors.description?.message}>
          {(field) => <Input {...field} {...register('description')} />}
        </FormField>
        <FormField
          label="Body"
          error={errors.body?.message}
          hint="Mustache: {{name}} inserts a variable, {{#flag}}…{{/flag}} shows text when it is set, {{^flag}}…{{/flag}} when it is not. Values are inserted as written (no HTML escaping)."
        >
          {(field) => (
            <Textarea {...field} rows={8} className="font-mono text-sm" {...register('body')} />
          )}
        </FormField>
        <Card title="Variables">
          {errors.variables?.message ? (
            <p className="mb-2 text-xs font-medium text-danger">{errors.variables.message}</p>
          ) : null}
          {variables.fields.length === 0 ? (
            <p className="text-sm text-fg-muted">No variables yet.</p>
          ) : null}
          <div className="space-y-3">
            {variables.fields.map((row, index) => {
              const rowErrors = errors.variables?.[index];
              const type = rows[index]?.type;
              return (
                <div
                  key={row.id}
                  role="group"
                  aria-label={`Variable ${index + 1}`}
                  className="space-y-3 rounded-md border border-border p-3"
                >
                  <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                    <FormField label="Variable name" error={rowErrors?.name?.message}>
                      {(field) => (
                        <Input
                          {...field}
                          autoComplete="off"
                          className="font-mono"
                          {...register(`variables.${index}.name`)}
                        />
                      )}
                    </FormField>
                    <FormField label="Type" error={rowErrors?.type?.message}>
                      {(field) => (
                        <Select {...field} {...register(`variables.${index}.type`)}>
                          {variableTypes.map((t) => (
                            <option key={t} value={t}>
                              {t}
                            </option>
                          ))}
                        </Select>
                      )}
                    </FormField>
                  </div>
                  <div className="grid gap-3 sm:grid-cols-2">
                    <FormField label="Default" optional error={rowErrors?.default?.message}>
                      {(field) => <Input {...field} {...register(`variables.${index}.default`)} />}
                    </FormField>
                    {type === 'enum' ? (
                      <FormField
                        label="Options"
                        hint="Comma-separated"
                        error={rowErrors?.options?.message}
                      >
                        {(field) => (
                          <Input {...field} {...register(`variables.${index}.options`)} />
                        )}
                      </FormField>
                    ) : null}
                  </div>
                  <div className="flex items-center justify-between gap-3">
                    <Checkbox label="Required" {...register(`variables.${index}.required`)} />
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => {
                        variables.remove(index);
                      }}
                    >
                      Remove
                    </Button>
                  </div>
                </div>
              );
            })}
          </div>
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            onClick={() => {
              variables.append({
                name: '',
                type: 'string',
                required: false,
                default: '',
                options: '',
              });
            }}
          >
            <PlusIcon className="size-4" />
            Add variable
          </Button>
        </Card>
      </fieldset>
      {readOnly ? null : (
        <div className="flex justify-end">
          <Button type="submit" loading={save.isPending}>
            {template ? `Save as version ${template.version + 1}` : 'Create template'}
          </Button>
        </div>
      )}
    </form>
  );
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
