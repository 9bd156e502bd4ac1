import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/toast-store';
import { useCreateUser, type CreatedUser } from '@/features/users/api/create-user';
import { useRoleOptions } from '@/features/users/api/get-role-options';
import { RoleCheckboxes } from '@/features/users/components/role-checkboxes';
import { LinkBaseNote } from '@/features/users/components/user-link-dialog';
import { applyProblemToForm } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';
import { describeError, ProblemError } from '@/lib/problem';
import type { Role } from '@/types/api';

const createUserSchema = z.object({
  email: z.email('Enter a valid email address.'),
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  roles: z.array(z.string()).min(1, 'Pick at least one role.'),
  password: z
    .string()
    .refine(
      (value) => value === '' || value.length >= MIN_PASSWORD_LENGTH,
      `Use at least ${MIN_PASSWORD_LENGTH} characters, or leave it empty to send an invitation.`,
    ),
});

type CreateUserValues = z.infer<typeof createUserSchema>;

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [created, setCreated] = useState<CreatedUser>();
  const close = () => {
    setCreated(undefined);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={created?.invitation ? 'Invitation ready' : 'New user'}
      description={
        created?.invitation
          ? undefined
          : 'Give them a password now, or leave it empty to create an invitation link.'
      }
    >
      {created?.invitation ? (
        <InvitationLink user={created} onDone={close} />
      ) : (
        <CreateUserForm
          onCancel={close}
          onCreated={(user) => {
            if (user.invitation) {
              setCreated(user);
            } else {
              toast.success(`${user.name} can now sign in.`);
              close();
            }
          }}
        />
      )}
    </Dialog>
  );
}

/** Roles a new user starts with, when the organisation has them: the least privileged one. */
const DEFAULT_ROLE_CANDIDATES = ['LEARNER', 'MEMBER'];

function CreateUserForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (user: CreatedUser) => void;
}) {
  const roles = useRoleOptions();
  if (roles.isPending) return <Spinner label="Loading roles…" />;
  const known = roles.data?.map((role) => role.name) ?? [];
  const defaultRole = DEFAULT_ROLE_CANDIDATES.find((name) => known.includes(name));
  return (
    <CreateUserFields
      roles={roles.data}
      rolesError={roles.isError ? describeError(roles.error) : undefined}
      defaultRoles={defaultRole ? [defaultRole] : []}
      onCancel={onCancel}
      onCreated={onCreated}
    />
  );
}

function CreateUserFields({
  roles,
  rolesError,
  defaultRoles,
  onCancel,
  onCreated,
}: {
  roles: Role[] | undefined;
  rolesError: string | undefined;
  defaultRoles: string[];
  onCancel: () => void;
  onCreated: (user: CreatedUser) => void;
}) {
  const createUser = useCreateUser();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CreateUserValues>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: '', name: '', roles: defaultRoles, password: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    createUser.mutate(
      { ...values, password: values.password || undefined },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (error instanceof ProblemError && error.hasType('email-taken')) {
            setError('email', { type: 'server', message: error.detail ?? error.title });
            return;
          }
          setFormError(applyProblemToForm(error, setError, ['email', 'name', 'roles', 'password']));
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Email" error={errors.email?.message}>
        {(field) => <Input {...field} type="email" autoComplete="off" {...register('email')} />}
      </FormField>
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
      </FormField>
      <Controller
        control={control}
        name="roles"
        render={({ field, fieldState }) => (
          <RoleCheckboxes
            roles={roles}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message ?? rolesError}
          />
        )}
      />
      <FormField
        label="Password"
        optional
        error={errors.password?.message}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Leave empty to invite them instead.`}
      >
        {(field) => (
          <Input {...field} type="password" autoComplete="new-password" {...register('password')} />
        )}
      </FormField>
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={createUser.isPending}>
          Create user
        </Button>
      </DialogActions>
    </form>
  );
}

function absoluteUrl(url: string): string {
  return url.startsWith('/') ? `${window.location.origin}${url}` : url;
}

function InvitationLink({ user, onDone }: { user: CreatedUser; onDone: () => void }) {
  const url = absoluteUrl(user.invitation?.url ?? '');
  return (
    <div className="space-y-4">
      <p className="text-sm text-fg">
        <strong>{user.name}</strong> ({user.email}) is invited. Send them this link so they can
        choose a password
        {user.invitation?.expiresAt
          ? `; it works until ${formatDateTime(user.invitation.expiresAt)}`
          : ''}
        .
      </p>
      <FormField label="Invitation link">
        {(field) => (
          <Input
            {...field}
            value={url}
            readOnly
            className="font-mono text-xs"
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        )}
      </FormField>
      <LinkBaseNote base={new URL(url).origin} />
      <DialogActions>
        <CopyButton value={url} label="Copy link" />
        <Button onClick={onDone}>Done</Button>
      </DialogActions>
    </div>
  );
}
