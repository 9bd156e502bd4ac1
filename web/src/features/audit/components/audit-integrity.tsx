import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  type ChainVerification,
  useVerifyAuditChain,
} from '@/features/audit/api/verify-audit-chain';
import { formatDateTime } from '@/lib/format';
import { describeError } from '@/lib/problem';

const reasons: Record<NonNullable<ChainVerification['firstBrokenLink']>['reason'], string> = {
  ALTERED: 'its content no longer matches its hash: it was changed after it was written',
  RELINKED: 'it does not point at the record before it',
  MISSING: 'the records before it were removed',
  TRUNCATED: 'the newest records, up to this one, were removed',
};

/** Runs the hash-chain verification and says in words whether the trail is intact, or where it breaks. */
export function AuditIntegrity() {
  const verify = useVerifyAuditChain();
  const result = verify.data;
  return (
    <section aria-labelledby="audit-integrity" className="mb-6 space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="audit-integrity" className="text-sm font-semibold">
          Integrity
        </h2>
        <Button
          variant="secondary"
          size="sm"
          loading={verify.isPending}
          onClick={() => {
            verify.mutate();
          }}
        >
          Verify the audit trail
        </Button>
        {verify.isSuccess ? (
          <span className="text-xs text-fg-muted">
            checked {formatDateTime(new Date(verify.submittedAt).toISOString())}
          </span>
        ) : null}
      </div>
      {verify.isError ? <Alert tone="error">{describeError(verify.error)}</Alert> : null}
      {result?.intact ? (
        <Alert tone="success" title="The audit trail is intact">
          All {result.recordsChecked.toLocaleString()} records match their hashes and link to the
          record before them.
        </Alert>
      ) : null}
      {result && !result.intact && result.firstBrokenLink ? (
        <Alert
          tone="error"
          title={`The audit trail is broken at record #${result.firstBrokenLink.seq}`}
        >
          {reasons[result.firstBrokenLink.reason]}. {result.recordsChecked.toLocaleString()} records
          checked; records from here on cannot be trusted.
        </Alert>
      ) : null}
    </section>
  );
}
