import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { PlusIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { useTeams } from '@/features/teams/api/get-teams';
import type { Team } from '@/features/teams/api/team-schema';
import { DeleteTeamDialog } from '@/features/teams/components/delete-team-dialog';
import { TeamFormDialog } from '@/features/teams/components/team-form-dialog';
import { TeamMembersDialog } from '@/features/teams/components/team-members-dialog';
import { TeamsTable } from '@/features/teams/components/teams-table';
import { useHasPermission } from '@/lib/auth';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';
import { useDebouncedCallback } from '@/lib/use-debounced-callback';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;

export function TeamsRoute() {
  const canWrite = useHasPermission(permissions.teamsWrite);
  const canManageMembers = useHasPermission(permissions.teamsMembers);
  const canPickUsers = useHasPermission(permissions.usersRead);

  const { values, page, setFilter, setPage } = useSearchState(['q'] as const);
  const [search, setSearch] = useState(values.q);
  const applySearch = useDebouncedCallback((value: string) => {
    setFilter('q', value.trim());
  });
  const teams = useTeams({ page, size: PAGE_SIZE, q: values.q || undefined });

  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<Team>();
  const [members, setMembers] = useState<Team>();
  const [deleting, setDeleting] = useState<Team>();

  return (
    <>
      <PageHeader
        title="Teams"
        description="Group people who work together and name the people who lead them."
        actions={
          canWrite ? (
            <Button
              onClick={() => {
                setEditing(undefined);
                setFormOpen(true);
              }}
            >
              <PlusIcon className="size-4" />
              New team
            </Button>
          ) : null
        }
      />
      <div role="search" className="mb-4 max-w-md">
        <FormField label="Search">
          {(field) => (
            <Input
              {...field}
              type="search"
              placeholder="Team name"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                applySearch(event.target.value);
              }}
            />
          )}
        </FormField>
      </div>
      <TeamsTable
        teams={teams.data?.items}
        loading={teams.isPending}
        error={teams.isError ? describeError(teams.error) : undefined}
        actions={{
          canWrite,
          canManageMembers,
          onMembers: setMembers,
          onEdit: (team) => {
            setEditing(team);
            setFormOpen(true);
          },
          onDelete: setDeleting,
        }}
      />
      {teams.data ? (
        <Pagination
          page={teams.data.page}
          size={teams.data.size}
          total={teams.data.total}
          onPageChange={setPage}
          label="Teams pages"
        />
      ) : null}
      <TeamFormDialog
        open={formOpen}
        team={editing}
        onClose={() => {
          setFormOpen(false);
          setEditing(undefined);
        }}
      />
      <TeamMembersDialog
        team={members}
        canPickUsers={canPickUsers}
        onClose={() => {
          setMembers(undefined);
        }}
      />
      <DeleteTeamDialog
        team={deleting}
        onClose={() => {
          setDeleting(undefined);
        }}
      />
    </>
  );
}
