import { NavLink } from 'react-router';

import { visibleSections } from '@/app/shell/nav-items';
import { useMe } from '@/lib/auth';
import { cn } from '@/lib/cn';

/** The navigation links, filtered by the user's permissions. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { data: me } = useMe();
  const sections = visibleSections(me?.permissions ?? []);
  return (
    <nav aria-label="Main" className="flex flex-col gap-6 p-3">
      {sections.map((section) => (
        <div key={section.label}>
          <h2 className="px-3 pb-1.5 text-xs font-semibold tracking-wide text-fg-muted uppercase">
            {section.label}
          </h2>
          <ul className="space-y-0.5">
            {section.items.map((item) => {
              const Icon = item.icon;
              return (
                <li key={item.path}>
                  <NavLink
                    to={item.path}
                    end={item.end ?? false}
                    onClick={onNavigate}
                    className={({ isActive }) =>
                      cn(
                        'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors',
                        isActive
                          ? 'bg-accent-soft text-accent'
                          : 'text-fg-muted hover:bg-surface-muted hover:text-fg',
                      )
                    }
                  >
                    <Icon className="size-5 shrink-0" />
                    {item.label}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
