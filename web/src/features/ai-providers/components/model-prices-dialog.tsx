import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { priceFromInput, type Model } from '@/features/ai-providers/api/provider-schema';
import { useSaveModel } from '@/features/ai-providers/api/save-model';
import { applyProblemToForm } from '@/lib/form-errors';

const price = z
  .string()
  .trim()
  .refine((value) => value === '' || (Number.isFinite(Number(value)) && Number(value) >= 0), {
    message: 'Enter a price of 0 or more, or leave it empty.',
  });

const pricesSchema = z.object({
  inputPricePer1M: price,
  outputPricePer1M: price,
  contextWindow: z
    .string()
    .trim()
    .refine((value) => value === '' || /^[1-9]\d*$/.test(value), 'Enter a whole number of tokens.'),
});

type PricesValues = z.infer<typeof pricesSchema>;

export function ModelPricesDialog({
  model,
  onClose,
}: {
  model: Model | undefined;
  onClose: () => void;
}) {
  return (
    <Dialog open={model !== undefined} onClose={onClose} title={`Prices of ${model?.name ?? ''}`}>
      {model ? <PricesForm key={model.id} model={model} onDone={onClose} /> : null}
    </Dialog>
  );
}

function PricesForm({ model, onDone }: { model: Model; onDone: () => void }) {
  const save = useSaveModel();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PricesValues>({
    resolver: zodResolver(pricesSchema),
    defaultValues: {
      inputPricePer1M: model.inputPricePer1M?.toString() ?? '',
      outputPricePer1M: model.outputPricePer1M?.toString() ?? '',
      contextWindow: model.contextWindow?.toString() ?? '',
    },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    save.mutate(
      {
        providerId: model.provider,
        settings: {
          name: model.name,
          contextWindow: values.contextWindow ? Number(values.contextWindow) : null,
          supportsTools: model.supportsTools ?? null,
          supportsStreaming: model.supportsStreaming,
          inputPricePer1M: priceFromInput(values.inputPricePer1M),
          outputPricePer1M: priceFromInput(values.outputPricePer1M),
        },
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          setFormError(
            applyProblemToForm(error, setError, [
              'inputPricePer1M',
              'outputPricePer1M',
              'contextWindow',
            ]),
          );
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <p className="text-sm text-fg-muted">
        Prices per million tokens, in your organisation&apos;s currency; usage costs are computed
        from them.
      </p>
      <FormField label="Input price per 1M tokens" optional error={errors.inputPricePer1M?.message}>
        {(field) => <Input {...field} inputMode="decimal" {...register('inputPricePer1M')} />}
      </FormField>
      <FormField
        label="Output price per 1M tokens"
        optional
        error={errors.outputPricePer1M?.message}
      >
        {(field) => <Input {...field} inputMode="decimal" {...register('outputPricePer1M')} />}
      </FormField>
      <FormField label="Context window (tokens)" optional error={errors.contextWindow?.message}>
        {(field) => <Input {...field} inputMode="numeric" {...register('contextWindow')} />}
      </FormField>
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          Save prices
        </Button>
      </DialogActions>
    </form>
  );
}
