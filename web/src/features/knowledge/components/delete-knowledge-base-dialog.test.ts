import { describeDeleteError } from '@/features/knowledge/components/delete-knowledge-base-dialog';
import { ProblemError } from '@/lib/problem';

function problem(status: number, detail: string) {
  return new ProblemError({ type: 'about:blank', title: 'x', status, detail, errors: [] });
}

describe('describeDeleteError', () => {
  it('explains the 409 of a knowledge base that still holds documents', () => {
    expect(
      describeDeleteError(problem(409, 'Delete the knowledge base’s documents first')),
    ).toMatch(/still holds documents/);
  });

  it('passes other problems through as they are described everywhere else', () => {
    expect(describeDeleteError(problem(404, 'Not found here'))).toBe('Not found here');
  });
});
