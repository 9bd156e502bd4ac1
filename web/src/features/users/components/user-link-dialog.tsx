import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import {
  type IssuedLink,
  type LinkKind,
  useIssueUserLink,
} from '@/features/users/api/issue-user-link';
import { formatDateTime } from '@/lib/format';
import type { User } from '@/types/api';

export interface LinkRequest {
  kind: LinkKind;
  user: User;
}

const WORDING: Record<LinkKind, { title: string; ask: string; confirm: string; label: string }> = {
  invitation: {
    title: 'New invitation link',
    ask: 'gets a new invitation link. The link they have now stops working.',
    confirm: 'Create new link',
    label: 'Invitation link',
  },
  'password-reset': {
    title: 'Reset password',
    ask: 'gets a one-time link to choose a new password. When they use it, they are signed out everywhere.',
    confirm: 'Create reset link',
    label: 'Password reset link',
  },
};

/** An admin's "Resend invitation" or "Reset password": confirm, then show the link (or say it was mailed). */
export function UserLinkDialog({
  request,
  onClose,
}: {
  request: LinkRequest | undefined;
  onClose: () => void;
}) {
  const issue = useIssueUserLink();
  const close = () => {
    issue.reset();
    onClose();
  };
  const words = request ? WORDING[request.kind] : WORDING.invitation;
  return (
    <Dialog open={request !== undefined} onClose={close} title={words.title}>
      {request && issue.data ? (
        <IssuedLinkPanel link={issue.data} user={request.user} label={words.label} onDone={close} />
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-fg">
            <strong>{request?.user.name}</strong> ({request?.user.email}) {words.ask}
          </p>
          <DialogActions>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button
              loading={issue.isPending}
              onClick={() => {
                if (request) issue.mutate({ id: request.user.id, kind: request.kind });
              }}
            >
              {words.confirm}
            </Button>
          </DialogActions>
        </div>
      )}
    </Dialog>
  );
}

function IssuedLinkPanel({
  link,
  user,
  label,
  onDone,
}: {
  link: IssuedLink;
  user: User;
  label: string;
  onDone: () => void;
}) {
  const until = link.expiresAt ? ` It works once, until ${formatDateTime(link.expiresAt)}.` : '';
  return (
    <div className="space-y-4">
      {link.delivery === 'email' ? (
        <p className="text-sm text-fg">
          The link was mailed to <strong>{user.email}</strong>.{until}
        </p>
      ) : (
        <p className="text-sm text-fg">
          No mail server is configured: send <strong>{user.name}</strong> this link yourself.{until}
        </p>
      )}
      {link.url ? (
        <FormField label={label}>
          {(field) => (
            <Input
              {...field}
              value={link.url ?? ''}
              readOnly
              className="font-mono text-xs"
              onFocus={(event) => {
                event.currentTarget.select();
              }}
            />
          )}
        </FormField>
      ) : null}
      <LinkBaseNote base={link.linkBase} />
      <DialogActions>
        {link.url ? <CopyButton value={link.url} label="Copy link" /> : null}
        <Button onClick={onDone}>Done</Button>
      </DialogActions>
    </div>
  );
}

/** Which address links start with, and where to change it. */
export function LinkBaseNote({ base }: { base: string }) {
  return (
    <p className="text-xs text-fg-muted">
      Links use <span className="font-mono">{base}</span> — set{' '}
      <span className="font-mono">AIGENTFORCE_PUBLIC_URL</span> to change.
    </p>
  );
}
