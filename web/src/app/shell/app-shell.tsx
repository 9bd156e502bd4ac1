import { useState } from 'react';
import { Link, Outlet } from 'react-router';

import { RealtimeIndicator, useRealtimeConnection } from '@/app/shell/realtime';
import { SideNav } from '@/app/shell/side-nav';
import { UserMenu } from '@/app/shell/user-menu';
import { Brand } from '@/components/layouts/brand';
import { Dialog } from '@/components/ui/dialog';
import { MenuIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';

/** Header, side navigation (a drawer below the md breakpoint) and the page. */
export function AppShell() {
  const [navOpen, setNavOpen] = useState(false);
  useRealtimeConnection();
  const closeNav = () => {
    setNavOpen(false);
  };

  return (
    <div className="min-h-dvh bg-canvas">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex h-16 items-center gap-3 border-b border-border bg-surface/95 px-4 backdrop-blur sm:px-6">
        <button
          type="button"
          className="-ml-1 rounded-md p-2 text-fg-muted hover:bg-surface-muted hover:text-fg md:hidden"
          aria-label="Open navigation"
          aria-expanded={navOpen}
          onClick={() => {
            setNavOpen(true);
          }}
        >
          <MenuIcon />
        </button>
        <Link to={paths.home} className="rounded-md" aria-label="AiGentForce home">
          <Brand />
        </Link>
        <div className="ml-auto flex items-center gap-4">
          <RealtimeIndicator />
          <UserMenu />
        </div>
      </header>
      <div className="flex min-h-[calc(100dvh-4rem)]">
        <aside className="hidden w-60 shrink-0 border-r border-border bg-surface md:block">
          <div className="sticky top-16 max-h-[calc(100dvh-4rem)] overflow-y-auto">
            <SideNav />
          </div>
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
          <div className="mx-auto max-w-6xl">
            <Outlet />
          </div>
        </main>
      </div>
      <MobileNav open={navOpen} onClose={closeNav} />
    </div>
  );
}

function MobileNav({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Navigation" placement="left">
      <div className="-mx-5 -my-4">
        <SideNav onNavigate={onClose} />
      </div>
    </Dialog>
  );
}
