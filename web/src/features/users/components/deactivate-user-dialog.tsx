import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast-store';
import { useDeactivateUser } from '@/features/users/api/deactivate-user';
import type { User } from '@/types/api';

export function DeactivateUserDialog({
  user,
  onClose,
}: {
  user: User | undefined;
  onClose: () => void;
}) {
  const deactivate = useDeactivateUser();
  return (
    <ConfirmDialog
      open={user !== undefined}
      title="Deactivate user?"
      confirmLabel="Deactivate"
      pending={deactivate.isPending}
      onCancel={onClose}
      onConfirm={() => {
        if (!user) return;
        deactivate.mutate(user.id, {
          onSuccess: () => {
            toast.success(`${user.name} has been deactivated.`);
            onClose();
          },
        });
      }}
    >
      <strong className="text-fg">{user?.name}</strong> ({user?.email}) will no longer be able to
      sign in. Their data is kept, and an administrator can reactivate them later.
    </ConfirmDialog>
  );
}
