import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast-store';
import { useDeleteTeam } from '@/features/teams/api/delete-team';
import type { Team } from '@/features/teams/api/team-schema';

export function DeleteTeamDialog({
  team,
  onClose,
}: {
  team: Team | undefined;
  onClose: () => void;
}) {
  const deleteTeam = useDeleteTeam();
  return (
    <ConfirmDialog
      open={team !== undefined}
      title="Delete team?"
      confirmLabel="Delete team"
      pending={deleteTeam.isPending}
      onCancel={onClose}
      onConfirm={() => {
        if (!team) return;
        deleteTeam.mutate(team.id, {
          onSuccess: () => {
            toast.success(`Team ${team.name} deleted.`);
            onClose();
          },
        });
      }}
    >
      The team <strong className="text-fg">{team?.name}</strong> will be deleted. Its members keep
      their accounts and roles.
    </ConfirmDialog>
  );
}
