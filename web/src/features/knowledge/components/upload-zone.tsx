import { useId, useRef, useState, type DragEvent } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { UploadPolicy } from '@/features/knowledge/api/get-upload-policy';
import { acceptedExtensions, readableLabels } from '@/features/knowledge/components/upload-check';
import { cn } from '@/lib/cn';
import { formatBytes } from '@/lib/format';

/**
 * Drop files here, or pick them with the button (keyboard users); optional title (one file)
 * and tags (every file of the batch) go with them.
 */
export function UploadZone({
  onFiles,
  policy,
  multiple = true,
  label = 'Drop files here to upload them',
}: {
  onFiles: (files: File[], details: { title?: string; tags?: string }) => void;
  /** The server's limits, for the hint and the picker (files are checked against them on drop, too). */
  policy: UploadPolicy | undefined;
  multiple?: boolean;
  label?: string;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState('');

  function hand(files: FileList | null) {
    const list = Array.from(files ?? []);
    if (list.length === 0) return;
    onFiles(multiple ? list : list.slice(0, 1), {
      title: title.trim() || undefined,
      tags: tags.trim() || undefined,
    });
    setTitle('');
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    hand(event.dataTransfer.files);
  }

  return (
    <section aria-label="Upload documents" className="space-y-3">
      <div
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="upload-drop-zone"
        className={cn(
          'flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors sm:flex-row sm:justify-between sm:text-left',
          dragging ? 'border-accent bg-accent-soft' : 'border-border-strong bg-surface',
        )}
      >
        <div>
          <p className="text-sm font-medium text-fg">{label}</p>
          <p id={hintId} className="mt-0.5 text-xs text-fg-muted">
            {policy
              ? `${readableLabels(policy)}; up to ${formatBytes(policy.maxFileSizeBytes)} each.`
              : 'Documents with text: PDF, Office, web pages, text and more.'}
          </p>
        </div>
        <input
          ref={inputRef}
          type="file"
          multiple={multiple}
          accept={policy ? acceptedExtensions(policy) : undefined}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            hand(event.target.files);
            event.target.value = '';
          }}
        />
        {/* the everyday action of a knowledge base: the one primary button on its page */}
        <Button aria-describedby={hintId} onClick={() => inputRef.current?.click()}>
          {multiple ? 'Choose files' : 'Choose a file'}
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="Title" optional hint="Used when you upload a single file.">
          {(field) => (
            <Input
              {...field}
              value={title}
              autoComplete="off"
              onChange={(event) => {
                setTitle(event.target.value);
              }}
            />
          )}
        </FormField>
        <FormField label="Tags" optional hint="Comma-separated, for every file you upload next.">
          {(field) => (
            <Input
              {...field}
              value={tags}
              autoComplete="off"
              placeholder="policy, onboarding"
              onChange={(event) => {
                setTags(event.target.value);
              }}
            />
          )}
        </FormField>
      </div>
    </section>
  );
}
