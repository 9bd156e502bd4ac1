import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { CopyIcon } from '@/components/ui/icons';
import { toast } from '@/components/ui/toast-store';

/** Copies `value` to the clipboard and says so. */
export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success('Copied to the clipboard.');
    } catch {
      toast.error('Could not copy automatically: select the text and copy it by hand.');
    }
  }

  return (
    <Button variant="secondary" size="sm" onClick={copy}>
      <CopyIcon className="size-4" />
      {copied ? 'Copied' : label}
    </Button>
  );
}
