import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast-store';
import type { ApiKey } from '@/features/api-keys/api/api-key-schema';
import { useRevokeApiKey } from '@/features/api-keys/api/revoke-api-key';

export function RevokeApiKeyDialog({
  apiKey,
  onClose,
}: {
  apiKey: ApiKey | undefined;
  onClose: () => void;
}) {
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      open={apiKey !== undefined}
      title="Revoke API key?"
      confirmLabel="Revoke key"
      pending={revoke.isPending}
      onCancel={onClose}
      onConfirm={() => {
        if (!apiKey) return;
        revoke.mutate(apiKey.id, {
          onSuccess: () => {
            toast.success(`Key ${apiKey.name} revoked.`);
            onClose();
          },
        });
      }}
    >
      The key <strong className="text-fg">{apiKey?.name}</strong> stops working immediately.
      Anything still using it will be refused.
    </ConfirmDialog>
  );
}
