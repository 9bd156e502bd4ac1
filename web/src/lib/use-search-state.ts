import { useSearchParams } from 'react-router';

/**
 * List filters and the page number kept in the URL, so back/forward and reloads keep them.
 * Changing a filter returns to the first page.
 */
export function useSearchState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<
    K,
    string
  >;
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);

  function setFilter(key: K, value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  function setPage(nextPage: number) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (nextPage > 0) next.set('page', String(nextPage));
      else next.delete('page');
      return next;
    });
  }

  return { values, page, setFilter, setPage };
}
