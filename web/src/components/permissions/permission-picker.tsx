import { useEffect, useRef } from 'react';

import { Checkbox } from '@/components/ui/checkbox';
import type { PermissionInfo } from '@/features/roles/api/get-permissions';
import {
  groupByResource,
  resourceLabel,
  resourcePhrase,
} from '@/features/roles/components/permission-groups';

export interface PermissionCheckboxesProps {
  catalog: readonly PermissionInfo[];
  value: string[];
  onChange: (permissions: string[]) => void;
}

/** Permissions as checkboxes grouped by resource, each group with an "all" switch. */
export function PermissionCheckboxes({ catalog, value, onChange }: PermissionCheckboxesProps) {
  const selected = new Set(value);
  const groups = groupByResource(catalog);

  function update(names: string[], checked: boolean) {
    const next = new Set(selected);
    for (const name of names) {
      if (checked) next.add(name);
      else next.delete(name);
    }
    onChange(catalog.map((p) => p.name).filter((name) => next.has(name)));
  }

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {groups.map((group) => {
        const names = group.permissions.map((p) => p.name);
        const count = names.filter((name) => selected.has(name)).length;
        return (
          <fieldset key={group.resource} className="rounded-md border border-border p-3">
            <legend className="px-1 text-sm font-semibold text-fg">
              {resourceLabel(group.resource)}
            </legend>
            <GroupToggle
              label={`All ${resourcePhrase(group.resource)} permissions`}
              checked={count === names.length}
              indeterminate={count > 0 && count < names.length}
              onChange={(checked) => {
                update(names, checked);
              }}
            />
            <div className="mt-2 space-y-2 border-t border-border pt-2">
              {group.permissions.map((permission) => (
                <Checkbox
                  key={permission.name}
                  label={<code className="font-mono text-xs">{permission.name}</code>}
                  description={permission.description ?? undefined}
                  checked={selected.has(permission.name)}
                  onChange={(event) => {
                    update([permission.name], event.target.checked);
                  }}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}

function GroupToggle({
  label,
  checked,
  indeterminate,
  onChange,
}: {
  label: string;
  checked: boolean;
  indeterminate: boolean;
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <Checkbox
      ref={ref}
      label={<span className="text-fg-muted">{label}</span>}
      checked={checked}
      onChange={(event) => {
        onChange(event.target.checked);
      }}
    />
  );
}
