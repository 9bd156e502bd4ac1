import { useId, type ComponentProps, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

export interface CheckboxProps extends Omit<ComponentProps<'input'>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
}

/** A checkbox with its label (and optional description) clickable as one target. */
export function Checkbox({ label, description, className, id, ...props }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = `${inputId}-description`;
  return (
    <div className={cn('flex items-start gap-2.5 has-disabled:opacity-60', className)}>
      <input
        id={inputId}
        type="checkbox"
        aria-describedby={description ? descriptionId : undefined}
        className="mt-0.5 size-4 shrink-0 rounded border-border-strong accent-accent"
        {...props}
      />
      <div className="min-w-0 text-sm leading-5">
        <label htmlFor={inputId} className="font-medium text-fg">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="text-fg-muted">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
