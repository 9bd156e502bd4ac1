import { useState } from 'react';

import { Button, buttonClasses } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import type { ApiKey } from '@/features/api-keys/api/api-key-schema';
import { useApiKeys } from '@/features/api-keys/api/get-api-keys';
import { ApiKeysTable } from '@/features/api-keys/components/api-keys-table';
import { CreateApiKeyDialog } from '@/features/api-keys/components/create-api-key-dialog';
import { RevokeApiKeyDialog } from '@/features/api-keys/components/revoke-api-key-dialog';
import { useMe } from '@/lib/auth';
import { apiReferenceUrl } from '@/lib/paths';
import { describeError } from '@/lib/problem';

const PAGE_SIZE = 20;

export function ApiKeysRoute() {
  const { data: me } = useMe();
  const [page, setPage] = useState(0);
  const keys = useApiKeys(page, PAGE_SIZE);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey>();
  const grantable = [...(me?.permissions ?? [])].sort();

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let integrations such as n8n or scripts call the API on your behalf, with only the permissions you give them."
        actions={
          <>
            <a
              href={apiReferenceUrl}
              target="_blank"
              rel="noopener"
              className={buttonClasses('secondary')}
            >
              API reference<span className="sr-only"> (opens in a new tab)</span>
            </a>
            <Button
              onClick={() => {
                setCreating(true);
              }}
            >
              <PlusIcon className="size-4" />
              New API key
            </Button>
          </>
        }
      />
      <ApiKeysTable
        keys={keys.data?.items}
        loading={keys.isPending}
        error={keys.isError ? describeError(keys.error) : undefined}
        onRevoke={setRevoking}
      />
      {keys.data && keys.data.total > PAGE_SIZE ? (
        <Pagination
          page={page}
          size={PAGE_SIZE}
          total={keys.data.total}
          onPageChange={setPage}
          label="API key pages"
        />
      ) : null}
      <CreateApiKeyDialog
        open={creating}
        grantable={grantable}
        onClose={() => {
          setCreating(false);
        }}
      />
      <RevokeApiKeyDialog
        apiKey={revoking}
        onClose={() => {
          setRevoking(undefined);
        }}
      />
    </>
  );
}
