import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ChevronDownIcon } from '@/components/ui/icons';
import { useMe } from '@/lib/auth';
import { signOut } from '@/lib/auth-session';
import { initials } from '@/lib/format';
import { apiReferenceUrl, paths } from '@/lib/paths';

const itemClasses =
  'flex w-full items-center rounded-md px-3 py-2 text-left text-sm text-fg hover:bg-surface-muted';

/** The account button in the header: profile, the API reference and sign out. */
export function UserMenu() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    function onFocusOut(event: FocusEvent) {
      const next = event.relatedTarget;
      if (next instanceof Node && !containerRef.current?.contains(next)) setOpen(false);
    }
    const container = containerRef.current;
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    container?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
      container?.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  async function handleSignOut() {
    setSigningOut(true);
    await signOut();
    void navigate(paths.login, { replace: true, state: { notice: 'You have signed out.' } });
  }

  const name = me?.name ?? '';
  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpen((value) => !value);
        }}
        className="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm font-medium text-fg hover:bg-surface-muted"
      >
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-fg"
        >
          {initials(name) || '?'}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{name}</span>
        <span className="sr-only">Account menu</span>
        <ChevronDownIcon className="size-4 text-fg-muted" />
      </button>
      {open ? (
        <div
          id={menuId}
          className="absolute right-0 z-40 mt-2 w-64 rounded-lg border border-border bg-surface p-1.5 shadow-lg"
        >
          <div className="border-b border-border px-3 py-2">
            <p className="truncate text-sm font-medium text-fg">{name}</p>
            <p className="truncate text-xs text-fg-muted">{me?.email}</p>
          </div>
          <ul className="pt-1.5">
            <li>
              <Link
                to={paths.profile}
                className={itemClasses}
                onClick={() => {
                  setOpen(false);
                }}
              >
                Your profile
              </Link>
            </li>
            <li>
              <a
                href={apiReferenceUrl}
                target="_blank"
                rel="noopener"
                className={itemClasses}
                onClick={() => {
                  setOpen(false);
                }}
              >
                API reference<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </li>
            <li>
              <button
                type="button"
                className={itemClasses}
                disabled={signingOut}
                onClick={() => {
                  void handleSignOut();
                }}
              >
                Sign out
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
