import { Checkbox } from '@/components/ui/checkbox';
import { FieldSet } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import type { Role } from '@/types/api';

export interface RoleCheckboxesProps {
  roles: Role[] | undefined;
  loading?: boolean;
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string | undefined;
  legend?: string;
}

/** Picks any number of roles by name; built-in roles first. */
export function RoleCheckboxes({
  roles,
  loading = false,
  value,
  onChange,
  error,
  legend = 'Roles',
}: RoleCheckboxesProps) {
  const sorted = [...(roles ?? [])].sort(
    (a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name),
  );
  const selected = new Set(value);

  function toggle(name: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(name);
    else next.delete(name);
    onChange(sorted.map((role) => role.name).filter((roleName) => next.has(roleName)));
  }

  return (
    <FieldSet legend={legend} error={error}>
      {loading ? (
        <Spinner label="Loading roles…" />
      ) : (
        <div className="max-h-72 space-y-2.5 overflow-y-auto rounded-md border border-border p-3">
          {sorted.map((role) => (
            <Checkbox
              key={role.id}
              label={role.name}
              description={role.description ?? undefined}
              checked={selected.has(role.name)}
              onChange={(event) => {
                toggle(role.name, event.target.checked);
              }}
            />
          ))}
          {sorted.length === 0 ? (
            <p className="text-sm text-fg-muted">No roles are available.</p>
          ) : null}
        </div>
      )}
    </FieldSet>
  );
}
