import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input, Textarea } from '@/components/ui/input';
import { toast } from '@/components/ui/toast-store';
import { useCreateTeam } from '@/features/teams/api/create-team';
import type { Team } from '@/features/teams/api/team-schema';
import { useUpdateTeam } from '@/features/teams/api/update-team';
import { applyProblemToForm } from '@/lib/form-errors';

const teamFormSchema = z.object({
  name: z.string().trim().min(1, 'Enter a team name.').max(200),
  description: z.string().trim().max(1000),
});

type TeamFormValues = z.infer<typeof teamFormSchema>;

export interface TeamFormDialogProps {
  open: boolean;
  /** The team to edit; a new team when undefined. */
  team?: Team | undefined;
  onClose: () => void;
}

export function TeamFormDialog({ open, team, onClose }: TeamFormDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={team ? 'Edit team' : 'New team'}>
      <TeamForm key={team?.id ?? 'new'} team={team} onDone={onClose} />
    </Dialog>
  );
}

function TeamForm({ team, onDone }: { team: Team | undefined; onDone: () => void }) {
  const createTeam = useCreateTeam();
  const updateTeam = useUpdateTeam();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TeamFormValues>({
    resolver: zodResolver(teamFormSchema),
    defaultValues: { name: team?.name ?? '', description: team?.description ?? '' },
  });

  const callbacks = {
    onSuccess: () => {
      toast.success(team ? 'Team updated.' : 'Team created.');
      onDone();
    },
    onError: (error: unknown) => {
      setFormError(applyProblemToForm(error, setError, ['name', 'description']));
    },
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(undefined);
    const input = { name: values.name, description: values.description || undefined };
    if (team) updateTeam.mutate({ id: team.id, ...input }, callbacks);
    else createTeam.mutate(input, callbacks);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label="Name" error={errors.name?.message}>
        {(field) => <Input {...field} autoComplete="off" {...register('name')} />}
      </FormField>
      <FormField label="Description" optional error={errors.description?.message}>
        {(field) => <Textarea {...field} rows={3} {...register('description')} />}
      </FormField>
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={createTeam.isPending || updateTeam.isPending}>
          {team ? 'Save changes' : 'Create team'}
        </Button>
      </DialogActions>
    </form>
  );
}
