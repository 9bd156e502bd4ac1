import { Link } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import { TextLink } from '@/components/ui/text-link';
import { useTemplates } from '@/features/prompt-templates/api/get-templates';
import { useHasPermission } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { paths, promptTemplatePath } from '@/lib/paths';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;

export function PromptTemplatesRoute() {
  const canWrite = useHasPermission(permissions.promptsWrite);
  const { page, setPage } = useSearchState([] as const);
  const templates = useTemplates({ page, size: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Prompt templates"
        description="Reusable prompts with typed variables. Every save keeps the earlier versions."
        actions={
          canWrite ? (
            <Link to={paths.promptTemplateNew} className={buttonClasses()}>
              <PlusIcon className="size-4" />
              New template
            </Link>
          ) : null
        }
      />
      <Table caption="Prompt templates">
        <THead>
          <tr>
            <Th>Name</Th>
            <Th>Version</Th>
            <Th>Variables</Th>
            <Th>Saved</Th>
          </tr>
        </THead>
        <TBody>
          <TableRows
            items={templates.data?.items}
            loading={templates.isPending}
            error={templates.isError ? describeError(templates.error) : undefined}
            colSpan={4}
            loadingLabel="Loading prompt templates…"
            empty="No prompt templates yet."
          >
            {(template) => (
              <tr key={template.id}>
                <Td>
                  <TextLink to={promptTemplatePath(template.id)} className="font-medium">
                    {template.name}
                  </TextLink>
                  {template.description ? (
                    <div className="text-xs text-fg-muted">{template.description}</div>
                  ) : null}
                </Td>
                <Td>v{template.version}</Td>
                <Td>{template.variableCount}</Td>
                <Td>{formatDateTime(template.savedAt)}</Td>
              </tr>
            )}
          </TableRows>
        </TBody>
      </Table>
      {templates.data ? (
        <Pagination
          page={templates.data.page}
          size={templates.data.size}
          total={templates.data.total}
          onPageChange={setPage}
          label="Prompt template pages"
        />
      ) : null}
    </>
  );
}
