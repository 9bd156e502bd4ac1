-- AI engine, first slice (issue 17): model providers per tenant. The API key is sealed with SecretCipher
-- (v1:<key id>:...; reseal-secrets re-encrypts it after a key rotation) and never answered.
create table ai_provider (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    name          text        not null,
    kind          text        not null check (kind in ('openai', 'ollama', 'anthropic')),
    base_url      text        not null,
    api_key       text,
    default_model text,
    -- configured models: [{"name","contextWindow","supportsTools","supportsStreaming","inputPricePer1M",
    -- "outputPricePer1M"}], merged with the models the provider lists itself
    models        jsonb       not null default '[]',
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null default 0
);
create unique index ai_provider_name_per_tenant on ai_provider (tenant_id, lower(name));

-- the new permission ai:admin (providers, keys, prices) for the built-in roles that hold every permission
update role
set permissions = array_append(permissions, 'ai:admin')
where built_in and name in ('OWNER', 'ADMIN') and not ('ai:admin' = any (permissions));
