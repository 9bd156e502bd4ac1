import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input, Textarea } from '@/components/ui/input';
import { toast } from '@/components/ui/toast-store';
import { useCreateKnowledgeBase } from '@/features/knowledge/api/create-knowledge-base';
import {
  principalSchema,
  type KnowledgeBase,
  type Principal,
} from '@/features/knowledge/api/knowledge-schema';
import { useUpdateKnowledgeBase } from '@/features/knowledge/api/update-knowledge-base';
import {
  PrincipalPicker,
  type PickerSources,
} from '@/features/knowledge/components/principal-picker';
import { applyProblemToForm } from '@/lib/form-errors';

const formSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  description: z.string().trim().max(2000),
  readers: z.array(principalSchema).min(1, 'Choose who may read it.'),
  editors: z.array(principalSchema),
});

type FormValues = z.infer<typeof formSchema>;

const everyone: Principal[] = [{ type: 'tenant' }];

export function KnowledgeBaseFormDialog({
  open,
  knowledgeBase,
  sources,
  onClose,
}: {
  open: boolean;
  /** The knowledge base to edit; a new one when undefined. */
  knowledgeBase?: KnowledgeBase | undefined;
  sources: PickerSources;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={knowledgeBase ? 'Knowledge base settings' : 'New knowledge base'}
      description="Readers can search and open its documents; editors with the kb:write permission can also upload."
    >
      <KnowledgeBaseForm
        key={knowledgeBase?.id ?? 'new'}
        knowledgeBase={knowledgeBase}
        sources={sources}
        onDone={onClose}
      />
    </Dialog>
  );
}

function KnowledgeBaseForm({
  knowledgeBase,
  sources,
  onDone,
}: {
  knowledgeBase: KnowledgeBase | undefined;
  sources: PickerSources;
  onDone: () => void;
}) {
  const create = useCreateKnowledgeBase();
  const update = useUpdateKnowledgeBase();
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
      name: knowledgeBase?.name ?? '',
      description: knowledgeBase?.description ?? '',
      readers: knowledgeBase?.readers ?? everyone,
      editors: knowledgeBase?.editors ?? everyone,
    },
  });

  const callbacks = {
    onSuccess: () => {
      toast.success(knowledgeBase ? 'Knowledge base saved.' : 'Knowledge base created.');
      onDone();
    },
    onError: (error: unknown) => {
      setFormError(
        applyProblemToForm(error, setError, ['name', 'description', 'readers', 'editors']),
      );
    },
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    const input = { ...values, description: values.description || undefined };
    if (knowledgeBase) update.mutate({ id: knowledgeBase.id, ...input }, callbacks);
    else create.mutate(input, callbacks);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
      </FormField>
      <FormField label="Description" optional error={errors.description?.message}>
        {(field) => <Textarea {...field} rows={2} {...register('description')} />}
      </FormField>
      <Controller
        control={control}
        name="readers"
        render={({ field }) => (
          <PrincipalPicker
            legend="Readers"
            hint="Who may search it and open its documents."
            error={errors.readers?.message}
            value={field.value}
            onChange={field.onChange}
            sources={sources}
          />
        )}
      />
      <Controller
        control={control}
        name="editors"
        render={({ field }) => (
          <PrincipalPicker
            legend="Editors"
            hint="Who may upload and delete documents (they also need kb:write). Leave empty for administrators only."
            error={errors.editors?.message}
            value={field.value}
            onChange={field.onChange}
            sources={sources}
          />
        )}
      />
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending || update.isPending}>
          {knowledgeBase ? 'Save changes' : 'Create knowledge base'}
        </Button>
      </DialogActions>
    </form>
  );
}
