import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { TemplateForm } from '@/features/prompt-templates/components/template-form';
import { authStore } from '@/lib/auth-store';
import { jsonResponse, mockFetch, renderRoute } from '@/testing/test-utils';

const WAIT = { timeout: 5000 };

beforeEach(() => {
  authStore.getState().setSession('token', 300);
});

describe('TemplateForm', () => {
  it('sends defaults in their types and enum options as a list', async () => {
    const fetch = mockFetch(() =>
      jsonResponse(201, { id: 't1', version: 1, name: 'N', body: '{{n}} {{tone}}', variables: [] }),
    );
    const onSaved = vi.fn();
    renderRoute(<TemplateForm readOnly={false} onSaved={onSaved} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'N');
    await user.type(screen.getByLabelText('Body'), 'x');
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    const first = within(screen.getByRole('group', { name: 'Variable 1' }));
    await user.type(first.getByLabelText('Variable name'), 'n');
    await user.selectOptions(first.getByLabelText('Type'), 'number');
    await user.type(first.getByLabelText(/Default/), '2.5');
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    const second = within(screen.getByRole('group', { name: 'Variable 2' }));
    await user.type(second.getByLabelText('Variable name'), 'tone');
    await user.selectOptions(second.getByLabelText('Type'), 'enum');
    await user.type(second.getByLabelText('Options'), 'warm, formal ,');
    await user.click(screen.getByRole('button', { name: 'Create template' }));

    await vi.waitFor(() => {
      expect(onSaved).toHaveBeenCalled();
    }, WAIT);
    const sent = JSON.parse(fetch.requests[0]?.init.body as string) as {
      variables: { name: string; default?: unknown; options?: string[] }[];
    };
    expect(sent.variables[0]).toMatchObject({ name: 'n', default: 2.5 });
    expect(sent.variables[1]).toMatchObject({ name: 'tone', options: ['warm', 'formal'] });
  }, 30_000);

  it("puts the server's errors on the variable's own fields", async () => {
    mockFetch(() =>
      jsonResponse(422, {
        type: 'https://aigentforce.dev/problems/validation',
        title: 'Unprocessable',
        status: 422,
        detail: 'The template has invalid fields',
        errors: [
          { field: 'variables[0].default', message: 'must be one of: a, b' },
          { field: 'body', message: "uses 'x', which is not a declared variable" },
        ],
      }),
    );
    renderRoute(
      <TemplateForm
        readOnly={false}
        onSaved={vi.fn()}
        template={{
          id: 't1',
          version: 3,
          name: 'T',
          body: '{{e}} {{x}}',
          variables: [{ name: 'e', type: 'enum', required: false, options: ['a', 'b'] }],
        }}
      />,
    );
    const user = userEvent.setup();
    const row = within(screen.getByRole('group', { name: 'Variable 1' }));
    await user.type(row.getByLabelText(/Default/), 'c');
    await user.click(screen.getByRole('button', { name: 'Save as version 4' }));

    expect(await screen.findByText('Must be one of: a, b', {}, WAIT)).toBeVisible();
    expect(row.getByLabelText(/Default/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Body')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText("Uses 'x', which is not a declared variable")).toBeVisible();
  }, 30_000);
});
