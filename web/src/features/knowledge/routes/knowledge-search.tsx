import { useState, type SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { SearchIcon } from '@/components/ui/icons';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { TextLink } from '@/components/ui/text-link';
import { useKnowledgeBases } from '@/features/knowledge/api/get-knowledge-bases';
import { searchModeSchema, type SearchMode } from '@/features/knowledge/api/knowledge-schema';
import { useKnowledgeSearch } from '@/features/knowledge/api/search-knowledge';
import { RELEVANCE_EXPLANATION } from '@/features/knowledge/components/relevance';
import { SearchResults } from '@/features/knowledge/components/search-results';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';
import { describeError } from '@/lib/problem';
import { useSearchState } from '@/lib/use-search-state';

const RESULT_LIMIT = 20;

const modes: { value: SearchMode; label: string; hint: string }[] = [
  { value: 'hybrid', label: 'Hybrid', hint: 'Words and meaning together' },
  { value: 'fulltext', label: 'Full text', hint: 'The words you type' },
  { value: 'vector', label: 'Meaning', hint: 'Similar passages, other words' },
];

function parseTags(raw: string): string[] {
  return raw
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

export function KnowledgeSearchRoute() {
  const { values, setFilter } = useSearchState(['q', 'mode', 'kb', 'tags'] as const);
  const mode = searchModeSchema.catch('hybrid').parse(values.mode || 'hybrid');
  const [text, setText] = useState(values.q);
  const [tagsText, setTagsText] = useState(values.tags);
  const knowledgeBases = useKnowledgeBases({ page: 0, size: 100 });
  const search = useKnowledgeSearch({
    q: values.q,
    mode,
    knowledgeBaseId: values.kb || undefined,
    tags: parseTags(values.tags),
    limit: RESULT_LIMIT,
  });

  const [, setParams] = useSearchParams();

  /** The query and the tags typed so far go into the URL together. */
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const entries = { q: text.trim(), tags: parseTags(tagsText).join(',') };
        for (const [key, value] of Object.entries(entries)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <TextLink to={paths.knowledge}>Knowledge</TextLink>
        <span className="text-fg-muted"> / Search</span>
      </nav>
      <PageHeader
        title="Search"
        description="Finds passages in every document you may read; results link to the document and page."
      />
      <form role="search" onSubmit={submit} className="mb-6 space-y-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <FormField label="Search for" className="flex-1">
            {(field) => (
              <Input
                {...field}
                type="search"
                value={text}
                placeholder="A question, a phrase in quotes, or words"
                onChange={(event) => {
                  setText(event.target.value);
                }}
              />
            )}
          </FormField>
          <Button type="submit">
            <SearchIcon className="size-4" />
            Search
          </Button>
        </div>
        <div className="flex flex-col gap-4 lg:flex-row lg:items-end">
          <fieldset>
            <legend className="mb-1.5 text-sm font-medium text-fg">Mode</legend>
            <div className="inline-flex rounded-md border border-border-strong bg-surface p-0.5 shadow-xs">
              {modes.map((option) => (
                <label
                  key={option.value}
                  title={option.hint}
                  className={cn(
                    'cursor-pointer rounded px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
                    mode === option.value
                      ? 'bg-accent text-accent-fg'
                      : 'text-fg hover:bg-surface-muted',
                  )}
                >
                  <input
                    type="radio"
                    name="mode"
                    value={option.value}
                    checked={mode === option.value}
                    className="sr-only"
                    onChange={() => {
                      setFilter('mode', option.value === 'hybrid' ? '' : option.value);
                    }}
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </fieldset>
          <FormField label="Knowledge base" className="lg:w-64">
            {(field) => (
              <Select
                {...field}
                value={values.kb}
                onChange={(event) => {
                  setFilter('kb', event.target.value);
                }}
              >
                <option value="">All knowledge bases</option>
                {knowledgeBases.data?.items.map((kb) => (
                  <option key={kb.id} value={kb.id}>
                    {kb.name}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField label="Tags" optional className="lg:w-64">
            {(field) => (
              <Input
                {...field}
                value={tagsText}
                placeholder="any of: policy, hr"
                onChange={(event) => {
                  setTagsText(event.target.value);
                }}
                onBlur={() => {
                  setFilter('tags', parseTags(tagsText).join(','));
                }}
              />
            )}
          </FormField>
        </div>
      </form>
      <SearchOutcome
        query={values.q}
        pending={search.isFetching}
        error={search.isError ? describeError(search.error) : undefined}
        result={search.data}
      />
    </>
  );
}

function SearchOutcome({
  query,
  pending,
  error,
  result,
}: {
  query: string;
  pending: boolean;
  error: string | undefined;
  result: ReturnType<typeof useKnowledgeSearch>['data'];
}) {
  if (query === '') {
    return (
      <p className="rounded-lg border border-dashed border-border-strong bg-surface px-4 py-10 text-center text-sm text-fg-muted">
        Type what you are looking for and press Enter.
      </p>
    );
  }
  if (error) return <Alert tone="error">{error}</Alert>;
  if (!result) return <Spinner label="Searching…" />;
  const noneRelevant = result.items.length === 0 && result.belowFloor > 0;
  return (
    <section aria-label="Results" aria-busy={pending}>
      <p className="mb-3 text-sm text-fg-muted" aria-live="polite">
        {result.items.length === 0
          ? noneRelevant
            ? 'No relevant passages.'
            : `No passages match “${query}”.`
          : `${result.items.length} ${result.items.length === 1 ? 'passage' : 'passages'}`}{' '}
        <span className="tabular-nums">
          · {result.mode} · {result.tookMs} ms
        </span>
        {pending ? <Spinner className="ml-2 size-3" /> : null}
      </p>
      {noneRelevant ? (
        <p className="rounded-lg border border-dashed border-border-strong bg-surface px-4 py-6 text-center text-sm text-fg-muted">
          {`${result.belowFloor} ${result.belowFloor === 1 ? 'passage was' : 'passages were'} found, but none closely enough to “${query}” to be shown. Try other words, or the question as you would ask it.`}
        </p>
      ) : null}
      {result.items.length > 0 ? (
        <p className="mb-3 text-xs text-fg-muted">{RELEVANCE_EXPLANATION}</p>
      ) : null}
      <SearchResults hits={result.items} />
    </section>
  );
}
