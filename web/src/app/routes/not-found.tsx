import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { paths } from '@/lib/paths';

function Message({ title, text }: { title: string; text: string }) {
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-accent">AiGentForce</p>
      <h1 className="mt-2 text-2xl font-semibold text-fg">{title}</h1>
      <p className="mt-2 max-w-md text-sm text-fg-muted">{text}</p>
      <Link to={paths.home} className={buttonClasses('primary', 'md', 'mt-6')}>
        Back to the dashboard
      </Link>
    </main>
  );
}

export function NotFoundRoute() {
  return <Message title="Page not found" text="There is nothing at this address." />;
}

export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <Message
      title="Something went wrong"
      text="This page failed to load. Reload the page, and if it keeps happening tell your administrator."
    />
  );
}
