import { render, screen, within } from '@testing-library/react';

import type { AuditEvent } from '@/features/audit/api/get-audit-events';
import { AuditTable } from '@/features/audit/components/audit-table';

const base: AuditEvent = {
  id: '0190-entry',
  action: 'knowledge_base.deleted',
  actorId: '0190-actor',
  actorEmail: 'aude@example.com',
  targetType: 'knowledge_base',
  targetId: '01930000-0000-7000-8000-00000000abcd',
  targetName: 'Employee handbook',
  occurredAt: '2026-12-08T04:00:00Z',
};

function rowOf(events: AuditEvent[], text: string) {
  render(<AuditTable events={events} loading={false} error={undefined} />);
  return within(screen.getByText(text).closest('tr')!);
}

describe('AuditTable', () => {
  it('shows the name the entry kept, with the id on hover', () => {
    const row = rowOf([base], 'Employee handbook');
    expect(row.getByText('Employee handbook').parentElement).toHaveAttribute(
      'title',
      'knowledge_base 01930000-0000-7000-8000-00000000abcd',
    );
    expect(row.queryByText('0000abcd')).not.toBeInTheDocument();
  });

  it('says which API key a call came through, besides its owner', () => {
    const row = rowOf(
      [{ ...base, action: 'knowledge_base.created', apiKeyId: 'key-1', apiKeyName: 'ci-bot' }],
      'Employee handbook',
    );
    expect(row.getByText('aude@example.com')).toBeInTheDocument();
    expect(row.getByText('via API key ‘ci-bot’')).toHaveAttribute('title', 'key-1');
  });

  it('falls back to a name in the details, then to the short id, and calls an actor-less entry System', () => {
    render(
      <AuditTable
        events={[
          { ...base, id: 'a', targetName: null, details: { name: 'Insights crew' } },
          { ...base, id: 'b', targetName: null, actorId: null, actorEmail: null },
        ]}
        loading={false}
        error={undefined}
      />,
    );
    expect(screen.getByText('Insights crew')).toBeInTheDocument();
    expect(screen.getByText('0000abcd')).toBeInTheDocument();
    expect(screen.getByText('System')).toBeInTheDocument();
  });
});
