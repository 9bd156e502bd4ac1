import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

type Tone = 'error' | 'info' | 'success' | 'warning';

const tones: Record<Tone, string> = {
  error: 'border-danger/30 bg-danger-soft text-danger',
  info: 'border-accent/30 bg-accent-soft text-fg',
  success: 'border-success/30 bg-success-soft text-success',
  warning: 'border-warning/40 bg-warning-soft text-fg',
};

export function Alert({
  tone = 'info',
  title,
  children,
  className,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn('rounded-md border px-3 py-2.5 text-sm', tones[tone], className)}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cn(title ? 'mt-0.5' : undefined)}>{children}</div> : null}
    </div>
  );
}
