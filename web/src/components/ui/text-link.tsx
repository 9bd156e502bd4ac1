import { Link, type LinkProps } from 'react-router';

import { cn } from '@/lib/cn';

export function TextLink({ className, ...props }: LinkProps) {
  return (
    <Link
      className={cn('font-medium text-accent underline-offset-4 hover:underline', className)}
      {...props}
    />
  );
}
