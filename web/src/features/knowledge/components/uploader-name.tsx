import { useUserName } from '@/features/knowledge/api/get-principal-options';
import { useHasPermission, useMe } from '@/lib/auth';
import { permissions } from '@/lib/permissions';

/** "You", the person's name (with users:read), or "A colleague". */
export function UploaderName({ userId }: { userId: string | null | undefined }) {
  const { data: me } = useMe();
  const canReadUsers = useHasPermission(permissions.usersRead);
  const isMe = Boolean(userId) && me?.id === userId;
  const name = useUserName(userId, canReadUsers && !isMe);
  if (!userId) return <>—</>;
  if (isMe) return <>You</>;
  return <>{name.data ?? 'A colleague'}</>;
}
