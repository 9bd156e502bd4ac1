import { useUserName } from '@/features/knowledge/api/get-principal-options';
import { useHasPermission, useMe } from '@/lib/auth';
import { permissions } from '@/lib/permissions';

/**
 * "You", the uploader's name as the document carries it (`uploadedByName`), else looked up (with
 * users:read), or "A colleague".
 */
export function UploaderName({
  userId,
  name,
}: {
  userId: string | null | undefined;
  name?: string | null | undefined;
}) {
  const { data: me } = useMe();
  const canReadUsers = useHasPermission(permissions.usersRead);
  const isMe = Boolean(userId) && me?.id === userId;
  const lookedUp = useUserName(userId, canReadUsers && !isMe && !name);
  if (!userId) return <>—</>;
  if (isMe) return <>You</>;
  return <>{name ?? lookedUp.data ?? 'A colleague'}</>;
}
