import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input, Select } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { toast } from '@/components/ui/toast-store';
import { useTeam } from '@/features/teams/api/get-team';
import type { Team, TeamMember } from '@/features/teams/api/team-schema';
import { useUpdateTeamMembers } from '@/features/teams/api/update-team-members';
import { describeError } from '@/lib/problem';
import { usePeopleSearch } from '@/lib/search-users';
import { useDebouncedCallback } from '@/lib/use-debounced-callback';

export function TeamMembersDialog({
  team,
  canPickUsers,
  onClose,
}: {
  team: Team | undefined;
  /** Picking new members needs `users:read`. */
  canPickUsers: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={team !== undefined}
      onClose={onClose}
      title={team ? `Members of ${team.name}` : 'Members'}
      description="Add people, mark team leads, or remove members. Changes apply when you save."
      size="lg"
    >
      {team ? (
        <MembersLoader teamId={team.id} canPickUsers={canPickUsers} onDone={onClose} />
      ) : null}
    </Dialog>
  );
}

function MembersLoader({
  teamId,
  canPickUsers,
  onDone,
}: {
  teamId: string;
  canPickUsers: boolean;
  onDone: () => void;
}) {
  const team = useTeam(teamId);
  if (team.isPending) return <Spinner label="Loading members…" />;
  if (team.isError) return <Alert tone="error">{describeError(team.error)}</Alert>;
  return <MembersEditor team={team.data} canPickUsers={canPickUsers} onDone={onDone} />;
}

function MembersEditor({
  team,
  canPickUsers,
  onDone,
}: {
  team: Team;
  canPickUsers: boolean;
  onDone: () => void;
}) {
  const [members, setMembers] = useState<TeamMember[]>(team.members);
  const [error, setError] = useState<string>();
  const updateMembers = useUpdateTeamMembers();

  function setLead(userId: string, lead: boolean) {
    setMembers((current) => current.map((m) => (m.userId === userId ? { ...m, lead } : m)));
  }

  function remove(userId: string) {
    setMembers((current) => current.filter((m) => m.userId !== userId));
  }

  function save() {
    setError(undefined);
    updateMembers.mutate(
      { id: team.id, members: members.map(({ userId, lead }) => ({ userId, lead })) },
      {
        onSuccess: () => {
          toast.success(`Members of ${team.name} saved.`);
          onDone();
        },
        onError: (problem) => {
          setError(describeError(problem));
        },
      },
    );
  }

  return (
    <div className="space-y-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {canPickUsers ? (
        <AddMember
          exclude={new Set(members.map((m) => m.userId))}
          onAdd={(member) => {
            setMembers((current) => [...current, member]);
          }}
        />
      ) : null}
      <section aria-labelledby="current-members">
        <h3 id="current-members" className="mb-2 text-sm font-medium text-fg">
          {members.length === 1 ? '1 member' : `${members.length} members`}
        </h3>
        {members.length === 0 ? (
          <p className="rounded-md border border-dashed border-border p-4 text-sm text-fg-muted">
            No members yet.
          </p>
        ) : (
          <ul className="divide-y divide-border rounded-md border border-border">
            {members.map((member) => (
              <li
                key={member.userId}
                className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5"
              >
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-fg">{member.name}</p>
                  <p className="truncate text-xs text-fg-muted">{member.email}</p>
                </div>
                <div className="flex items-center gap-3">
                  <Checkbox
                    label={
                      <>
                        Lead<span className="sr-only"> ({member.name})</span>
                      </>
                    }
                    className="items-center"
                    checked={member.lead}
                    onChange={(event) => {
                      setLead(member.userId, event.target.checked);
                    }}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-danger"
                    onClick={() => {
                      remove(member.userId);
                    }}
                  >
                    Remove<span className="sr-only"> {member.name}</span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <DialogActions>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button loading={updateMembers.isPending} onClick={save}>
          Save members
        </Button>
      </DialogActions>
    </div>
  );
}

function AddMember({
  exclude,
  onAdd,
}: {
  exclude: Set<string>;
  onAdd: (member: TeamMember) => void;
}) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState('');
  const applySearch = useDebouncedCallback(setQuery);
  const candidates = usePeopleSearch(query, true);
  const found = candidates.data ?? [];
  const available = found.filter((user) => !exclude.has(user.id));

  function add() {
    const user = available.find((candidate) => candidate.id === picked);
    if (!user) return;
    onAdd({ userId: user.id, name: user.name, email: user.email, lead: false });
    setPicked('');
  }

  return (
    <fieldset className="rounded-md border border-border p-3">
      <legend className="px-1 text-sm font-medium text-fg">Add a member</legend>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <FormField label="Find people">
          {(field) => (
            <Input
              {...field}
              type="search"
              placeholder="Name or email"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                applySearch(event.target.value.trim());
              }}
            />
          )}
        </FormField>
        <FormField label="Person">
          {(field) => (
            <Select
              {...field}
              value={picked}
              onChange={(event) => {
                setPicked(event.target.value);
              }}
            >
              <option value="">
                {candidates.isPending
                  ? 'Loading…'
                  : available.length > 0
                    ? 'Choose a person'
                    : found.length > 0
                      ? 'Already added'
                      : 'Nobody found'}
              </option>
              {available.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email})
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button variant="secondary" disabled={!picked} onClick={add}>
          Add
        </Button>
      </div>
    </fieldset>
  );
}
