import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FieldSet } from '@/components/ui/form-field';
import { CloseIcon } from '@/components/ui/icons';
import { Input, Select } from '@/components/ui/input';
import {
  useRoleOptions,
  useTeamOptions,
  useUserName,
  type PrincipalOption,
} from '@/features/knowledge/api/get-principal-options';
import type { Principal } from '@/features/knowledge/api/knowledge-schema';
import { usePeopleSearch } from '@/lib/search-users';
import { useDebouncedCallback } from '@/lib/use-debounced-callback';

/** Which lists the caller may read, and so offer in the picker. */
export interface PickerSources {
  teams: boolean;
  roles: boolean;
  users: boolean;
}

const typeLabels = { team: 'Team', role: 'Role', user: 'Person' } as const;

function samePrincipal(a: Principal, b: Principal): boolean {
  return a.type === b.type && (a.type === 'tenant' || a.id === b.id);
}

export function PrincipalPicker({
  legend,
  hint,
  error,
  value,
  onChange,
  sources,
}: {
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: Principal[];
  onChange: (next: Principal[]) => void;
  sources: PickerSources;
}) {
  const teams = useTeamOptions(sources.teams);
  const roles = useRoleOptions(sources.roles);
  const wholeOrganisation = value.some((p) => p.type === 'tenant');
  const named = value.filter((p) => p.type !== 'tenant');

  function add(principal: Principal) {
    if (!value.some((p) => samePrincipal(p, principal))) onChange([...value, principal]);
  }
  function remove(principal: Principal) {
    onChange(value.filter((p) => !samePrincipal(p, principal)));
  }

  const freeTeams = (teams.data ?? []).filter((t) => !named.some((p) => p.id === t.id));
  const freeRoles = (roles.data ?? []).filter((r) => !named.some((p) => p.id === r.id));

  return (
    <FieldSet legend={legend} hint={hint} error={error}>
      <Checkbox
        label="Everyone in the organisation"
        checked={wholeOrganisation}
        onChange={(event) => {
          if (event.target.checked) add({ type: 'tenant' });
          else remove({ type: 'tenant' });
        }}
      />
      {named.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`${legend}: chosen`}>
          {named.map((principal) => (
            <PrincipalChip
              key={`${principal.type}:${principal.id ?? ''}`}
              principal={principal}
              teams={teams.data}
              roles={roles.data}
              lookUpUsers={sources.users}
              onRemove={() => {
                remove(principal);
              }}
            />
          ))}
        </ul>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {sources.teams || sources.roles ? (
          <Select
            aria-label={`${legend}: add a team or role`}
            value=""
            onChange={(event) => {
              const [type, id] = event.target.value.split(':');
              if ((type === 'team' || type === 'role') && id) add({ type, id });
            }}
          >
            <option value="">Add a team or role…</option>
            {freeTeams.length > 0 ? (
              <optgroup label="Teams">
                {freeTeams.map((t) => (
                  <option key={t.id} value={`team:${t.id}`}>
                    {t.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {freeRoles.length > 0 ? (
              <optgroup label="Roles">
                {freeRoles.map((r) => (
                  <option key={r.id} value={`role:${r.id}`}>
                    {r.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </Select>
        ) : null}
        {sources.users ? (
          <PersonSearch
            legend={legend}
            exclude={named.filter((p) => p.type === 'user').map((p) => p.id ?? '')}
            onPick={(id) => {
              add({ type: 'user', id });
            }}
          />
        ) : null}
      </div>
    </FieldSet>
  );
}

function PrincipalChip({
  principal,
  teams,
  roles,
  lookUpUsers,
  onRemove,
}: {
  principal: Principal;
  teams: PrincipalOption[] | undefined;
  roles: PrincipalOption[] | undefined;
  lookUpUsers: boolean;
  onRemove: () => void;
}) {
  const isUser = principal.type === 'user';
  const userName = useUserName(principal.id, isUser && lookUpUsers);
  const options = principal.type === 'team' ? teams : principal.type === 'role' ? roles : undefined;
  const label =
    (isUser ? userName.data : options?.find((o) => o.id === principal.id)?.label) ??
    `${principal.id?.slice(0, 8) ?? ''}…`;
  const type = principal.type === 'tenant' ? 'Organisation' : typeLabels[principal.type];
  return (
    <li className="inline-flex items-center gap-1 rounded-full bg-accent-soft py-0.5 pr-1 pl-2.5 text-xs text-fg ring-1 ring-accent/25">
      <span className="text-fg-muted">{type}:</span>
      <span className="font-medium">{label}</span>
      <button
        type="button"
        onClick={onRemove}
        className="rounded-full p-0.5 text-fg-muted hover:bg-surface hover:text-fg"
        aria-label={`Remove ${type.toLowerCase()} ${label}`}
      >
        <CloseIcon className="size-3.5" />
      </button>
    </li>
  );
}

function PersonSearch({
  legend,
  exclude,
  onPick,
}: {
  legend: string;
  exclude: string[];
  onPick: (id: string) => void;
}) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const applyQ = useDebouncedCallback((value: string) => {
    setQ(value.trim());
  });
  const people = usePeopleSearch(q, q !== '');
  const matches = (people.data ?? []).filter((p) => !exclude.includes(p.id)).slice(0, 5);
  return (
    <div className="space-y-1.5">
      <Input
        type="search"
        aria-label={`${legend}: find a person`}
        placeholder="Add a person (name or email)…"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          applyQ(event.target.value);
        }}
      />
      {q !== '' && matches.length > 0 ? (
        <ul className="space-y-1">
          {matches.map((person) => (
            <li key={person.id}>
              <Button
                size="sm"
                variant="ghost"
                className="w-full justify-start"
                onClick={() => {
                  onPick(person.id);
                  setText('');
                  setQ('');
                }}
              >
                Add {person.name}
                <span className="truncate text-fg-muted">{person.email}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
