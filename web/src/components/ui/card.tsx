import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

export function Card({
  title,
  description,
  children,
  className,
}: {
  title?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={cn('rounded-lg border border-border bg-surface p-5 shadow-xs', className)}>
      {title ? <h2 className="text-base font-semibold text-fg">{title}</h2> : null}
      {description ? <p className="mt-1 text-sm text-fg-muted">{description}</p> : null}
      <div className={cn(title || description ? 'mt-4' : undefined)}>{children}</div>
    </section>
  );
}
