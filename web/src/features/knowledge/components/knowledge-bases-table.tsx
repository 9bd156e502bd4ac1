import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import type { KnowledgeBase } from '@/features/knowledge/api/knowledge-schema';
import { describeAccess } from '@/features/knowledge/components/access-summary';
import { formatDateTime } from '@/lib/format';
import { knowledgeBasePath } from '@/lib/paths';

export function KnowledgeBasesTable({
  knowledgeBases,
  loading,
  error,
  canAdmin,
  empty,
  onEdit,
  onDelete,
}: {
  knowledgeBases: KnowledgeBase[] | undefined;
  loading: boolean;
  error: string | undefined;
  canAdmin: boolean;
  empty: string;
  onEdit: (kb: KnowledgeBase) => void;
  onDelete: (kb: KnowledgeBase) => void;
}) {
  const columns = canAdmin ? 5 : 4;
  return (
    <Table caption="Knowledge bases you may read">
      <THead>
        <tr>
          <Th>Knowledge base</Th>
          <Th>Readers</Th>
          <Th>Editors</Th>
          <Th>Updated</Th>
          {canAdmin ? (
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={knowledgeBases}
          loading={loading}
          error={error}
          colSpan={columns}
          loadingLabel="Loading knowledge bases…"
          empty={empty}
        >
          {(kb) => (
            <tr key={kb.id}>
              <Td label="Knowledge base">
                <Link
                  to={knowledgeBasePath(kb.id)}
                  className="font-medium text-fg hover:text-accent hover:underline"
                >
                  {kb.name}
                </Link>
                {kb.canEdit ? (
                  <Badge tone="accent" className="ml-2">
                    You can edit
                  </Badge>
                ) : null}
                {kb.description ? (
                  <div className="max-w-md truncate text-fg-muted">{kb.description}</div>
                ) : null}
              </Td>
              <Td label="Readers" className="text-fg-muted">
                {describeAccess(kb.readers)}
              </Td>
              <Td label="Editors" className="text-fg-muted">
                {describeAccess(kb.editors)}
              </Td>
              <Td label="Updated" className="whitespace-nowrap text-fg-muted">
                {formatDateTime(kb.updatedAt)}
              </Td>
              {canAdmin ? (
                <Td className="text-right whitespace-nowrap">
                  <div className="flex flex-wrap justify-end gap-1">
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => {
                        onEdit(kb);
                      }}
                    >
                      Settings<span className="sr-only"> of {kb.name}</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-danger"
                      onClick={() => {
                        onDelete(kb);
                      }}
                    >
                      Delete<span className="sr-only"> {kb.name}</span>
                    </Button>
                  </div>
                </Td>
              ) : null}
            </tr>
          )}
        </TableRows>
      </TBody>
    </Table>
  );
}
