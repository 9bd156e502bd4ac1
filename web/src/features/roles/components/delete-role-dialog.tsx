import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast-store';
import { useDeleteRole } from '@/features/roles/api/delete-role';
import type { Role } from '@/types/api';

export function DeleteRoleDialog({
  role,
  onClose,
}: {
  role: Role | undefined;
  onClose: () => void;
}) {
  const deleteRole = useDeleteRole();
  return (
    <ConfirmDialog
      open={role !== undefined}
      title="Delete role?"
      confirmLabel="Delete role"
      pending={deleteRole.isPending}
      onCancel={onClose}
      onConfirm={() => {
        if (!role) return;
        deleteRole.mutate(role.id, {
          onSuccess: () => {
            toast.success(`Role ${role.name} deleted.`);
            onClose();
          },
          onError: onClose,
        });
      }}
    >
      The role <strong className="text-fg">{role?.name}</strong> will be deleted. A role that is
      still given to someone cannot be deleted: take it away from them first.
    </ConfirmDialog>
  );
}
