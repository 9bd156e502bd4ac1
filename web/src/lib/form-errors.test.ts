import { applyProblemToForm } from '@/lib/form-errors';
import { ProblemError } from '@/lib/problem';

function validationProblem(errors: { field: string; message: string }[]) {
  return new ProblemError({
    type: 'about:blank',
    title: 'Validation failed',
    status: 422,
    errors,
  });
}

describe('applyProblemToForm', () => {
  it('puts each field error on its form field and leaves no general message', () => {
    const setError = vi.fn();

    const message = applyProblemToForm(
      validationProblem([
        { field: 'email', message: 'Email is already taken.' },
        { field: 'roles[0]', message: "There is no role 'X'." },
      ]),
      setError,
      ['email', 'name', 'roles'],
    );

    expect(message).toBeUndefined();
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'Email is already taken.' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith(
      'roles',
      { type: 'server', message: "There is no role 'X'." },
      { shouldFocus: false },
    );
  });

  it('reports errors for fields the form does not have', () => {
    const setError = vi.fn();

    const message = applyProblemToForm(
      validationProblem([{ field: 'tenantId', message: 'Tenant ID must not be null.' }]),
      setError,
      ['email'],
    );

    expect(message).toBe('Tenant ID must not be null.');
    expect(setError).not.toHaveBeenCalled();
  });

  it('describes problems that are not about fields', () => {
    const conflict = new ProblemError({
      type: 'https://aigentforce.dev/problems/email-taken',
      title: 'Conflict',
      status: 409,
      detail: 'A user with this email already exists.',
      errors: [],
    });

    expect(applyProblemToForm(conflict, vi.fn(), ['email'])).toBe(
      'A user with this email already exists.',
    );
  });
});
