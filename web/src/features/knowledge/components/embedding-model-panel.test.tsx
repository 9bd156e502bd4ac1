import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { embeddingModelFormSchema } from '@/features/knowledge/components/embedding-model-form';
import { EmbeddingModelPanel } from '@/features/knowledge/components/embedding-model-panel';
import { authStore } from '@/lib/auth-store';
import { realtimeStatusStore } from '@/lib/realtime-client';
import { dispatchRealtime } from '@/lib/realtime-events';
import { jsonResponse, mockFetch, renderRoute } from '@/testing/test-utils';

const BUILTIN = {
  provider: 'builtin',
  model: 'all-minilm-l6-v2-q',
  dimensions: 384,
  baseUrl: null,
  apiKeySet: false,
  chunkCount: 42,
  reembedding: null,
};

const PROVIDER_INPUT = {
  provider: 'openai-compatible',
  baseUrl: 'https://llm.example.com/v1',
  model: 'text-embedding-3-small',
  dimensions: '',
  apiKey: '',
} as const;

function reembedding(status: string, done: number) {
  return {
    id: 'r1',
    knowledgeBaseId: 'kb1',
    status,
    done,
    total: 42,
    error: null,
    startedAt: '2026-11-26T10:00:00Z',
    finishedAt: null,
  };
}

/** The message the form schema puts on `field` for these values, if any. */
function fieldError(values: object, field: string) {
  const result = embeddingModelFormSchema.safeParse(values);
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

describe('embeddingModelFormSchema', () => {
  it('asks for an http(s) base URL, a model name and a supported dimension at their fields', () => {
    expect(fieldError({ ...PROVIDER_INPUT, baseUrl: 'llm.example.com' }, 'baseUrl')).toBe(
      'The base URL must be an http:// or https:// address.',
    );
    expect(fieldError({ ...PROVIDER_INPUT, model: ' ' }, 'model')).toBe(
      'Name the model, for example text-embedding-3-small.',
    );
    expect(fieldError({ ...PROVIDER_INPUT, dimensions: '100' }, 'dimensions')).toBe(
      'Dimensions must be one of 256, 384, 512, 768, 1024, 1536, 3072.',
    );
  });

  it('turns valid values into the request, ignoring the endpoint fields for the built-in model', () => {
    expect(
      embeddingModelFormSchema.parse({ ...PROVIDER_INPUT, dimensions: '1536', apiKey: 'sk-1' }),
    ).toEqual({
      provider: 'openai-compatible',
      baseUrl: 'https://llm.example.com/v1',
      model: 'text-embedding-3-small',
      dimensions: 1536,
      apiKey: 'sk-1',
    });
    expect(
      embeddingModelFormSchema.parse({ ...PROVIDER_INPUT, provider: 'builtin', baseUrl: 'x' }),
    ).toEqual({ provider: 'builtin' });
  });
});

describe('EmbeddingModelPanel', () => {
  beforeEach(() => {
    authStore.getState().setSession('token', 300);
    realtimeStatusStore.setState({ status: 'live' });
  });

  afterEach(() => {
    realtimeStatusStore.setState({ status: 'offline' });
  });

  it('shows readers the current model without a form', async () => {
    mockFetch(() => jsonResponse(200, BUILTIN));
    renderRoute(<EmbeddingModelPanel knowledgeBaseId="kb1" canAdmin={false} />);
    expect(await screen.findByText('all-minilm-l6-v2-q')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Change the embedding model' })).toBeNull();
  });

  it('confirms that the chunks are re-embedded, sends the change and follows its progress live', async () => {
    const switched = {
      ...BUILTIN,
      provider: 'openai-compatible',
      model: 'text-embedding-3-small',
      dimensions: 1536,
      baseUrl: 'https://llm.example.com/v1',
      apiKeySet: true,
      reembedding: reembedding('queued', 0),
    };
    let now: object = BUILTIN;
    const fetch = mockFetch((_url, init) => {
      if (init.method === 'PUT') {
        now = switched;
        return jsonResponse(202, switched);
      }
      return jsonResponse(200, now);
    });
    renderRoute(<EmbeddingModelPanel knowledgeBaseId="kb1" canAdmin />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Provider'), 'openai-compatible');
    await user.type(screen.getByLabelText('Base URL'), 'https://llm.example.com/v1');
    await user.type(screen.getByLabelText('Model'), 'text-embedding-3-small');
    await user.type(screen.getByLabelText(/API key/), 'sk-secret');
    await user.click(screen.getByRole('button', { name: 'Change model' }));

    const dialog = await screen.findByRole('dialog', { name: 'Change the embedding model?' });
    expect(within(dialog).getByText(/re-embeds 42 chunks/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Change and re-embed' }));

    const put = fetch.requests.find((r) => r.init.method === 'PUT');
    expect(JSON.parse(put?.init.body as string)).toEqual({
      provider: 'openai-compatible',
      baseUrl: 'https://llm.example.com/v1',
      model: 'text-embedding-3-small',
      apiKey: 'sk-secret',
    });
    expect(await screen.findByText('Re-embedding waits to start…')).toBeVisible();

    act(() => {
      dispatchRealtime({
        type: 'knowledge:reembedding',
        tenantId: 't',
        id: 'e1',
        timestamp: '2026-11-26T10:00:01Z',
        data: reembedding('running', 21),
      });
    });
    expect(await screen.findByText('21 of 42 chunks re-embedded')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Re-embedding progress' })).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
    expect(screen.getByRole('button', { name: 'Change model' })).toBeDisabled();
  });

  it('shows why the provider was refused', async () => {
    mockFetch((_url, init) =>
      init.method === 'PUT'
        ? jsonResponse(422, {
            type: 'https://aigentforce.dev/problems/embedding-provider-failed',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'The embedding model cannot be used: the provider answered 401 Unauthorized',
          })
        : jsonResponse(200, BUILTIN),
    );
    renderRoute(<EmbeddingModelPanel knowledgeBaseId="kb1" canAdmin />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Provider'), 'openai-compatible');
    await user.type(screen.getByLabelText('Base URL'), 'https://llm.example.com/v1');
    await user.type(screen.getByLabelText('Model'), 'm');
    await user.click(screen.getByRole('button', { name: 'Change model' }));
    await user.click(await screen.findByRole('button', { name: 'Change and re-embed' }));
    expect(await screen.findByText(/the provider answered 401 Unauthorized/)).toBeVisible();
  });

  it('shows what is wrong at the field before asking anything of the server', async () => {
    const fetch = mockFetch(() => jsonResponse(200, BUILTIN));
    renderRoute(<EmbeddingModelPanel knowledgeBaseId="kb1" canAdmin />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Provider'), 'openai-compatible');
    await user.type(screen.getByLabelText('Base URL'), 'llm.example.com');
    await user.click(screen.getByRole('button', { name: 'Change model' }));

    expect(
      await screen.findByText('The base URL must be an http:// or https:// address.'),
    ).toBeVisible();
    expect(screen.getByLabelText('Base URL')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Model')).toHaveAccessibleDescription(
      'Name the model, for example text-embedding-3-small.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fetch.requests.some((r) => r.init.method === 'PUT')).toBe(false);
  });

  it('puts the field errors of a refused change on their fields', async () => {
    mockFetch((_url, init) =>
      init.method === 'PUT'
        ? jsonResponse(422, {
            type: 'https://aigentforce.dev/problems/validation',
            title: 'Unprocessable Content',
            status: 422,
            errors: [
              {
                field: 'baseUrl',
                message: 'Base URL must not carry credentials, a query or a fragment.',
              },
            ],
          })
        : jsonResponse(200, BUILTIN),
    );
    renderRoute(<EmbeddingModelPanel knowledgeBaseId="kb1" canAdmin />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Provider'), 'openai-compatible');
    await user.type(screen.getByLabelText('Base URL'), 'https://llm.example.com/v1?key=1');
    await user.type(screen.getByLabelText('Model'), 'm');
    await user.click(screen.getByRole('button', { name: 'Change model' }));
    await user.click(await screen.findByRole('button', { name: 'Change and re-embed' }));

    expect(
      await screen.findByText('Base URL must not carry credentials, a query or a fragment.'),
    ).toBeVisible();
    expect(screen.getByLabelText('Base URL')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
