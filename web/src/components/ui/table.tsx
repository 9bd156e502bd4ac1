import type { ComponentProps, ReactNode } from 'react';

import { Spinner } from '@/components/ui/spinner';
import { cn } from '@/lib/cn';

/**
 * A data table; below the `sm` breakpoint each row becomes a card (see `.data-table` in index.css) so that nothing, row
 * actions included, lies beyond a phone's screen. The box is `relative` so that the visually hidden caption and
 * headers are placed inside it rather than against the page, where they widened it.
 */
export function Table({
  caption,
  children,
  className,
}: {
  caption: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn(
        'relative overflow-x-auto rounded-lg border border-border bg-surface',
        className,
      )}
    >
      <table className="data-table w-full border-collapse text-left text-sm sm:min-w-[36rem]">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-border bg-surface-muted text-xs tracking-wide text-fg-muted uppercase">
      {children}
    </thead>
  );
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-border">{children}</tbody>;
}

export function Th({ className, ...props }: ComponentProps<'th'>) {
  return <th scope="col" className={cn('px-4 py-2.5 font-semibold', className)} {...props} />;
}

/** A cell; `label` names its column on the cards phones show (the header row is hidden there). */
export function Td({ className, label, ...props }: ComponentProps<'td'> & { label?: string }) {
  return <td data-label={label} className={cn('px-4 py-3 align-middle', className)} {...props} />;
}

/** A full-width row for loading, empty and error states. */
export function TableMessage({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-4 py-10 text-center text-sm text-fg-muted">
        {children}
      </td>
    </tr>
  );
}

/**
 * The body rows of a data table with its states handled in one place: the error, a spinner while the first page
 * loads, the empty message, then one row per item.
 */
export function TableRows<T>({
  items,
  loading,
  error,
  colSpan,
  loadingLabel,
  empty,
  children,
}: {
  items: T[] | undefined;
  loading: boolean;
  error?: ReactNode;
  colSpan: number;
  loadingLabel: string;
  empty: ReactNode;
  children: (item: T) => ReactNode;
}) {
  if (error) {
    return <TableMessage colSpan={colSpan}>{error}</TableMessage>;
  }
  if (loading && !items) {
    return (
      <TableMessage colSpan={colSpan}>
        <Spinner label={loadingLabel} />
      </TableMessage>
    );
  }
  if (items?.length === 0) {
    return <TableMessage colSpan={colSpan}>{empty}</TableMessage>;
  }
  return <>{items?.map(children)}</>;
}
