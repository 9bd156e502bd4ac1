import { useEffect, useRef } from 'react';

import {
  groupByResource,
  resourceLabel,
  resourcePhrase,
} from '@/components/permissions/permission-groups';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import type { PermissionInfo } from '@/lib/permission-catalog';

export interface PermissionPickerProps {
  catalog: readonly PermissionInfo[];
  value: string[];
  onChange: (permissions: string[]) => void;
  /**
   * The permissions that may be chosen (an API key's can only be ones its creator holds); the others are shown
   * disabled with `unavailableReason`. Every permission of the catalogue when left out.
   */
  selectable?: readonly string[];
  unavailableReason?: string;
}

/**
 * Permissions grouped by resource and described, each group with an "all" switch, and presets above them (read only,
 * everything that may be chosen, nothing). The role dialog and the API-key dialog both pick permissions with it.
 */
export function PermissionPicker({
  catalog,
  value,
  onChange,
  selectable,
  unavailableReason = 'You do not hold this permission.',
}: PermissionPickerProps) {
  const selected = new Set(value);
  const allowed = new Set(selectable ?? catalog.map((p) => p.name));
  const choosable = catalog.map((p) => p.name).filter((name) => allowed.has(name));
  const groups = groupByResource(catalog);

  function replace(names: Iterable<string>) {
    const next = new Set(names);
    onChange(catalog.map((p) => p.name).filter((name) => next.has(name)));
  }

  function update(names: string[], checked: boolean) {
    const next = new Set(selected);
    for (const name of names) {
      if (checked) next.add(name);
      else next.delete(name);
    }
    replace(next);
  }

  const presets = [
    { label: 'Read only', names: choosable.filter((name) => name.endsWith(':read')) },
    { label: selectable ? 'All you hold' : 'All permissions', names: choosable },
    { label: 'None', names: [] },
  ];

  return (
    <div className="space-y-3">
      <div role="group" aria-label="Presets" className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-fg-muted">Start from:</span>
        {presets.map((preset) => (
          <Button
            key={preset.label}
            size="sm"
            variant="secondary"
            onClick={() => {
              replace(preset.names);
            }}
          >
            {preset.label}
          </Button>
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {groups.map((group) => {
          const names = group.permissions.map((p) => p.name).filter((name) => allowed.has(name));
          const count = names.filter((name) => selected.has(name)).length;
          return (
            <fieldset key={group.resource} className="min-w-0 rounded-md border border-border p-3">
              <legend className="px-1 text-sm font-semibold text-fg">
                {resourceLabel(group.resource)}
              </legend>
              <GroupToggle
                label={`All ${resourcePhrase(group.resource)} permissions`}
                checked={names.length > 0 && count === names.length}
                indeterminate={count > 0 && count < names.length}
                disabled={names.length === 0}
                onChange={(checked) => {
                  update(names, checked);
                }}
              />
              <div className="mt-2 space-y-2 border-t border-border pt-2">
                {group.permissions.map((permission) => {
                  const available = allowed.has(permission.name);
                  return (
                    <Checkbox
                      key={permission.name}
                      label={<code className="font-mono text-xs">{permission.name}</code>}
                      description={
                        available ? (
                          (permission.description ?? undefined)
                        ) : (
                          <>
                            {permission.description}
                            <span className="block text-xs italic">{unavailableReason}</span>
                          </>
                        )
                      }
                      disabled={!available}
                      checked={selected.has(permission.name)}
                      onChange={(event) => {
                        update([permission.name], event.target.checked);
                      }}
                    />
                  );
                })}
              </div>
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}

function GroupToggle({
  label,
  checked,
  indeterminate,
  disabled,
  onChange,
}: {
  label: string;
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
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
      disabled={disabled}
      onChange={(event) => {
        onChange(event.target.checked);
      }}
    />
  );
}
