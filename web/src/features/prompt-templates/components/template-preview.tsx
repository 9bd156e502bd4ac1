import { useState, type SyntheticEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useRenderTemplate } from '@/features/prompt-templates/api/render-template';
import type {
  PromptTemplate,
  TemplateVariable,
} from '@/features/prompt-templates/api/template-schema';
import { describeError, ProblemError } from '@/lib/problem';

/** A sample as its variable's type; a number that does not parse is sent as typed, so the server names it. */
function typed(variable: TemplateVariable, raw: string): string | number | boolean | undefined {
  if (raw === '') return undefined;
  if (variable.type === 'boolean') return raw === 'true';
  if (variable.type === 'number') return Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return raw;
}

/** Renders the saved version with sample values on the server and shows the text and its tokens. */
export function TemplatePreview({ template }: { template: PromptTemplate }) {
  const render = useRenderTemplate();
  const [samples, setSamples] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();

  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors({});
    const variables: Record<string, string | number | boolean> = {};
    for (const variable of template.variables) {
      const value = typed(variable, samples[variable.name] ?? '');
      if (value !== undefined) variables[variable.name] = value;
    }
    render.mutate(
      { id: template.id, variables, version: template.version },
      {
        onError: (problem) => {
          if (!(problem instanceof ProblemError) || problem.fieldErrors.length === 0) {
            setError(describeError(problem));
            return;
          }
          const byVariable: Record<string, string> = {};
          for (const { field, message } of problem.fieldErrors) {
            byVariable[field.replace(/^variables\./, '')] =
              message.charAt(0).toUpperCase() + message.slice(1);
          }
          setFieldErrors(byVariable);
        },
      },
    );
  }

  return (
    <Card title="Preview" description={`Renders version ${template.version} with sample values.`}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {template.variables.map((variable) => (
          <FormField
            key={variable.name}
            label={`${variable.name}${variable.required ? '' : ' (optional)'}`}
            hint={
              variable.default == null
                ? variable.type
                : `${variable.type}, default ${String(variable.default)}`
            }
            error={fieldErrors[variable.name]}
          >
            {(field) => (
              <SampleInput
                {...field}
                variable={variable}
                value={samples[variable.name] ?? ''}
                onValue={(value) => {
                  setSamples((current) => ({ ...current, [variable.name]: value }));
                }}
              />
            )}
          </FormField>
        ))}
        <Button type="submit" loading={render.isPending}>
          Preview
        </Button>
      </form>
      {render.data ? (
        <div className="mt-4 space-y-2">
          <pre
            aria-label="Rendered prompt"
            className="rounded-md border border-border bg-surface-muted p-3 text-sm whitespace-pre-wrap"
          >
            {render.data.text}
          </pre>
          <p className="text-xs text-fg-muted">
            {render.data.tokens} tokens ({render.data.tokenizer})
          </p>
        </div>
      ) : null}
    </Card>
  );
}

function SampleInput({
  variable,
  value,
  onValue,
  ...field
}: {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  variable: TemplateVariable;
  value: string;
  onValue: (value: string) => void;
}) {
  if (variable.type === 'boolean' || variable.type === 'enum') {
    const choices = variable.type === 'boolean' ? ['true', 'false'] : variable.options;
    return (
      <Select
        {...field}
        value={value}
        onChange={(event) => {
          onValue(event.target.value);
        }}
      >
        <option value="">(not set)</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </Select>
    );
  }
  if (variable.type === 'text') {
    return (
      <Textarea
        {...field}
        rows={3}
        value={value}
        onChange={(event) => {
          onValue(event.target.value);
        }}
      />
    );
  }
  return (
    <Input
      {...field}
      value={value}
      onChange={(event) => {
        onValue(event.target.value);
      }}
    />
  );
}
