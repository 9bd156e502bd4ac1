import { createPortal } from 'react-dom';
import { useStore } from 'zustand';

import { CloseIcon } from '@/components/ui/icons';
import { toastStore, type ToastTone } from '@/components/ui/toast-store';
import { cn } from '@/lib/cn';

const tones: Record<ToastTone, string> = {
  success: 'border-l-success',
  error: 'border-l-danger',
  info: 'border-l-accent',
};

/** Renders queued toasts; outside #root so they stay announced while a dialog is open. */
export function Toaster() {
  const toasts = useStore(toastStore, (state) => state.toasts);
  const dismiss = useStore(toastStore, (state) => state.dismiss);
  return createPortal(
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-[60] flex flex-col items-center gap-2 p-4 sm:items-end"
    >
      <div aria-live="polite" className="flex w-full flex-col items-center gap-2 sm:items-end">
        {toasts.map((t) => (
          <div
            key={t.id}
            role={t.tone === 'error' ? 'alert' : 'status'}
            className={cn(
              'pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border border-l-4',
              'border-border bg-surface px-4 py-3 text-sm text-fg shadow-lg',
              tones[t.tone],
            )}
          >
            <p className="flex-1">{t.message}</p>
            <button
              type="button"
              onClick={() => {
                dismiss(t.id);
              }}
              aria-label="Dismiss notification"
              className="-m-1 rounded p-1 text-fg-muted hover:text-fg"
            >
              <CloseIcon className="size-4" />
            </button>
          </div>
        ))}
      </div>
    </section>,
    document.body,
  );
}
