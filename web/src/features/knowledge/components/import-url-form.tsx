import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { checkImportUrl } from '@/features/knowledge/api/import-document';

/**
 * Import a document from a web address: the server fetches it (through its outbound guard) and
 * ingests it like an upload; the field empties once the server accepted the address.
 */
export function ImportUrlForm({ onImport }: { onImport: (url: string) => Promise<boolean> }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string>();

  function submit() {
    const checked = checkImportUrl(url);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setError(undefined);
    void onImport(checked.url).then((accepted) => {
      if (accepted) setUrl('');
    });
  }

  return (
    <form
      aria-label="Import from a web address"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="flex flex-col gap-2 sm:flex-row sm:items-start"
    >
      <FormField
        label="Import from URL"
        error={error}
        hint="The server fetches the file and indexes it like an upload."
        className="flex-1"
      >
        {(field) => (
          <Input
            {...field}
            type="url"
            value={url}
            autoComplete="off"
            placeholder="https://example.com/handbook.pdf"
            onChange={(event) => {
              setUrl(event.target.value);
            }}
          />
        )}
      </FormField>
      <Button type="submit" variant="secondary" className="sm:mt-6">
        Import
      </Button>
    </form>
  );
}
