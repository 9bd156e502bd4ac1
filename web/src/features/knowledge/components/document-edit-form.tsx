import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast-store';
import type { KnowledgeDocument } from '@/features/knowledge/api/knowledge-schema';
import { useUpdateDocument } from '@/features/knowledge/api/update-document';
import { applyProblemToForm } from '@/lib/form-errors';

/** Comma-separated tags as the API takes them: trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ];
}

const documentFormSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(500, 'At most 500 characters.'),
  tags: z
    .string()
    .refine((text) => parseTags(text).length <= 50, 'At most 50 tags.')
    .refine(
      (text) => parseTags(text).every((tag) => tag.length <= 64),
      'Each tag has at most 64 characters.',
    ),
});

type DocumentFormValues = z.infer<typeof documentFormSchema>;

/** The title and tags edited in place on the document page. */
export function DocumentEditForm({
  document,
  onDone,
}: {
  document: KnowledgeDocument;
  onDone: () => void;
}) {
  const update = useUpdateDocument();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DocumentFormValues>({
    resolver: zodResolver(documentFormSchema),
    defaultValues: { title: document.title, tags: (document.tags ?? []).join(', ') },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    update.mutate(
      { id: document.id, title: values.title, tags: parseTags(values.tags) },
      {
        onSuccess: () => {
          toast.success('Title and tags saved.');
          onDone();
        },
        onError: (error) => {
          setFormError(applyProblemToForm(error, setError, ['title', 'tags']));
        },
      },
    );
  });

  return (
    <form
      aria-label="Edit title and tags"
      onSubmit={onSubmit}
      noValidate
      className="mb-4 space-y-3 rounded-lg border border-border bg-surface p-4"
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="Title" error={errors.title?.message}>
          {(field) => <Input {...field} autoComplete="off" {...register('title')} />}
        </FormField>
        <FormField label="Tags" optional hint="Comma-separated." error={errors.tags?.message}>
          {(field) => <Input {...field} autoComplete="off" {...register('tags')} />}
        </FormField>
      </div>
      <div className="flex gap-2">
        <Button type="submit" loading={update.isPending}>
          Save
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
