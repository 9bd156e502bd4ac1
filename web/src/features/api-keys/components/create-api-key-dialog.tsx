import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { PermissionPicker } from '@/components/permissions/permission-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FieldSet, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { expiryFromDate } from '@/features/api-keys/api/api-key-schema';
import { useCreateApiKey, type CreatedApiKey } from '@/features/api-keys/api/create-api-key';
import { applyProblemToForm } from '@/lib/form-errors';
import { usePermissionCatalog, type PermissionInfo } from '@/lib/permission-catalog';

const createSchema = z.object({
  name: z.string().trim().min(1, 'Name the key after what will use it.').max(100),
  permissions: z.array(z.string()).min(1, 'Choose at least one permission.'),
  expiresOn: z.string().refine((value) => !value || new Date(`${value}T23:59:59`) > new Date(), {
    message: 'Choose a day from today on.',
  }),
});

type CreateValues = z.infer<typeof createSchema>;

export interface CreateApiKeyDialogProps {
  open: boolean;
  /** The permissions the creator holds: a key can carry only these. */
  grantable: string[];
  onClose: () => void;
}

export function CreateApiKeyDialog({ open, grantable, onClose }: CreateApiKeyDialogProps) {
  const [created, setCreated] = useState<CreatedApiKey>();
  const close = () => {
    setCreated(undefined);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={created ? 'Copy your new key' : 'New API key'}
      size="lg"
    >
      {created ? (
        <CreatedKey created={created} onDone={close} />
      ) : (
        <CreateForm grantable={grantable} onCreated={setCreated} onCancel={close} />
      )}
    </Dialog>
  );
}

function CreatedKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  return (
    <div className="space-y-4">
      <Alert tone="warning" title="This is the only time the key is shown">
        Copy it now and store it where the integration reads its secrets. If it is lost, revoke it
        and create another.
      </Alert>
      <code
        data-testid="new-api-key"
        className="block rounded-md border border-border bg-surface-muted p-3 font-mono text-sm break-all text-fg"
      >
        {created.key}
      </code>
      <p className="text-sm text-fg-muted">
        Send it as <code className="font-mono">Authorization: Bearer …</code> or{' '}
        <code className="font-mono">X-API-Key: …</code>.
      </p>
      <DialogActions>
        <CopyButton value={created.key} label="Copy key" />
        <Button onClick={onDone}>Done</Button>
      </DialogActions>
    </div>
  );
}

function CreateForm({
  grantable,
  onCreated,
  onCancel,
}: {
  grantable: string[];
  onCreated: (key: CreatedApiKey) => void;
  onCancel: () => void;
}) {
  const create = useCreateApiKey();
  const catalog = usePermissionCatalog();
  // The catalogue needs roles:read; without it the creator's own permissions are listed, grouped but undescribed.
  const permissions: readonly PermissionInfo[] =
    catalog.data ?? grantable.map((name) => ({ name, description: null }));
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CreateValues>({
    resolver: zodResolver(createSchema),
    defaultValues: { name: '', permissions: [], expiresOn: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    create.mutate(
      {
        name: values.name,
        permissions: values.permissions,
        expiresAt: expiryFromDate(values.expiresOn),
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          setFormError(applyProblemToForm(error, setError, ['name', 'permissions']));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Name" error={errors.name?.message} hint="For example: n8n production.">
        {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
      </FormField>
      <FieldSet
        legend="Permissions"
        hint="A key can carry only permissions you hold, and loses any you lose later."
        error={errors.permissions?.message}
      >
        <div className="max-h-[50dvh] overflow-y-auto">
          {catalog.isPending ? (
            <Spinner label="Loading permissions…" />
          ) : (
            <Controller
              control={control}
              name="permissions"
              render={({ field }) => (
                <PermissionPicker
                  catalog={permissions}
                  selectable={grantable}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          )}
        </div>
      </FieldSet>
      <FormField
        label="Expires on"
        optional
        error={errors.expiresOn?.message}
        hint="The key stops working at the end of this day. Leave empty for no expiry."
      >
        {(field) => <Input {...field} type="date" {...register('expiresOn')} />}
      </FormField>
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create key
        </Button>
      </DialogActions>
    </form>
  );
}
