import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { useMe } from '@/lib/auth';
import { useAuthStore } from '@/lib/auth-store';
import { paths } from '@/lib/paths';
import type { Permission } from '@/lib/permissions';
import { describeError } from '@/lib/problem';

/** Signed-in users only; others go to the sign-in page and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const status = useAuthStore((state) => state.status);
  const me = useMe();

  if (status !== 'authenticated') {
    const back = `${location.pathname}${location.search}`;
    const search = back === paths.home ? '' : `?redirectTo=${encodeURIComponent(back)}`;
    return <Navigate to={`${paths.login}${search}`} replace />;
  }
  if (me.isPending) {
    return (
      <div className="flex min-h-dvh items-center justify-center">
        <Spinner label="Loading your workspace…" />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="mx-auto max-w-md p-6">
        <Alert tone="error" title="Your profile could not be loaded">
          {describeError(me.error)}
        </Alert>
        <Button
          className="mt-4"
          variant="secondary"
          onClick={() => {
            void me.refetch();
          }}
        >
          Try again
        </Button>
      </div>
    );
  }
  return children;
}

/** Renders the nested routes only for users holding `permission`. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { data: me } = useMe();
  if (me?.permissions.includes(permission)) return <Outlet />;
  return (
    <>
      <PageHeader title="Not allowed" />
      <Alert tone="warning">
        You need the <code className="font-mono">{permission}</code> permission to open this page.
        Ask an administrator of your organisation if you think you should have it.
      </Alert>
    </>
  );
}
