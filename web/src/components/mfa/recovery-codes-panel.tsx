import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { recoveryCodesFile } from '@/lib/mfa';

/** The recovery codes, shown once, with copy and download. */
export function RecoveryCodesPanel({ codes, account }: { codes: string[]; account: string }) {
  const text = recoveryCodesFile(codes, account);

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'aigentforce-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-3">
      <Alert tone="warning" title="Save your recovery codes now">
        Each code signs you in once if you lose your authenticator. They are not shown again.
      </Alert>
      <ul
        aria-label="Recovery codes"
        className="grid grid-cols-2 gap-x-6 gap-y-1 rounded-md border border-border bg-surface-muted p-4 font-mono text-sm sm:max-w-md"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex gap-2">
        <CopyButton value={codes.join('\n')} label="Copy codes" />
        <Button variant="secondary" size="sm" onClick={download}>
          Download
        </Button>
      </div>
    </div>
  );
}
