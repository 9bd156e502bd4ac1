import { Button } from '@/components/ui/button';
import { Table, TableRows, TBody, Td, Th, THead } from '@/components/ui/table';
import type { Team } from '@/features/teams/api/team-schema';

export interface TeamActions {
  canWrite: boolean;
  canManageMembers: boolean;
  onMembers: (team: Team) => void;
  onEdit: (team: Team) => void;
  onDelete: (team: Team) => void;
}

function leadsOf(team: Team): string {
  const leads = team.members.filter((m) => m.lead).map((m) => m.name);
  return leads.length > 0 ? leads.join(', ') : '—';
}

export function TeamsTable({
  teams,
  loading,
  error,
  actions,
}: {
  teams: Team[] | undefined;
  loading: boolean;
  error: string | undefined;
  actions: TeamActions;
}) {
  const showActions = actions.canWrite || actions.canManageMembers;
  const columns = showActions ? 4 : 3;
  return (
    <Table caption="Teams of your organisation">
      <THead>
        <tr>
          <Th>Team</Th>
          <Th>Members</Th>
          <Th>Leads</Th>
          {showActions ? (
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </tr>
      </THead>
      <TBody>
        <TableRows
          items={teams}
          loading={loading}
          error={error}
          colSpan={columns}
          loadingLabel="Loading teams…"
          empty="No teams yet."
        >
          {(team) => (
            <tr key={team.id}>
              <Td label="Team">
                <div className="font-medium text-fg">{team.name}</div>
                {team.description ? (
                  <div className="max-w-md truncate text-fg-muted">{team.description}</div>
                ) : null}
              </Td>
              <Td label="Members" className="tabular-nums">
                {team.members.length}
              </Td>
              <Td label="Leads" className="text-fg-muted">
                {leadsOf(team)}
              </Td>
              {showActions ? (
                <Td className="text-right whitespace-nowrap">
                  <div className="flex flex-wrap justify-end gap-1">
                    {actions.canManageMembers ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          actions.onMembers(team);
                        }}
                      >
                        Members<span className="sr-only"> of {team.name}</span>
                      </Button>
                    ) : null}
                    {actions.canWrite ? (
                      <>
                        <Button
                          size="sm"
                          variant="ghost"
                          onClick={() => {
                            actions.onEdit(team);
                          }}
                        >
                          Edit<span className="sr-only"> {team.name}</span>
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          className="text-danger"
                          onClick={() => {
                            actions.onDelete(team);
                          }}
                        >
                          Delete<span className="sr-only"> {team.name}</span>
                        </Button>
                      </>
                    ) : null}
                  </div>
                </Td>
              ) : null}
            </tr>
          )}
        </TableRows>
      </TBody>
    </Table>
  );
}
