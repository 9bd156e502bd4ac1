import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

export const controlClasses =
  'block w-full rounded-md border border-border-strong bg-surface px-3 text-sm text-fg shadow-xs ' +
  'placeholder:text-fg-muted/70 focus-visible:border-accent focus-visible:outline-2 ' +
  'focus-visible:outline-offset-0 focus-visible:outline-accent/40 ' +
  'aria-invalid:border-danger disabled:cursor-not-allowed disabled:bg-surface-muted';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={cn(controlClasses, 'h-10', className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea className={cn(controlClasses, 'min-h-20 py-2', className)} {...props} />;
}

export function Select({ className, children, ...props }: ComponentProps<'select'>) {
  return (
    <select className={cn(controlClasses, 'h-10 pr-8', className)} {...props}>
      {children}
    </select>
  );
}
