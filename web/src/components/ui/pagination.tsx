import { Button } from '@/components/ui/button';

export interface PaginationProps {
  /** 0-based, as the API counts. */
  page: number;
  size: number;
  total: number;
  onPageChange: (page: number) => void;
  label?: string;
}

export function Pagination({
  page,
  size,
  total,
  onPageChange,
  label = 'Pagination',
}: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav
      aria-label={label}
      className="flex flex-col items-center justify-between gap-3 pt-4 text-sm text-fg-muted sm:flex-row"
    >
      <p aria-live="polite">{total === 0 ? 'No results' : `Showing ${from}–${to} of ${total}`}</p>
      <div className="flex items-center gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={page <= 0}
          onClick={() => {
            onPageChange(page - 1);
          }}
        >
          Previous
        </Button>
        <span className="px-1 tabular-nums">
          Page {page + 1} of {pages}
        </span>
        <Button
          variant="secondary"
          size="sm"
          disabled={page + 1 >= pages}
          onClick={() => {
            onPageChange(page + 1);
          }}
        >
          Next
        </Button>
      </div>
    </nav>
  );
}
