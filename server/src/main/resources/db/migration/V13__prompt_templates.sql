-- Prompt templates: a template row names the template and points at its latest version; every save adds an
-- immutable version row holding the whole definition (name, description, body, variables).

create table prompt_template (
    id             uuid primary key,
    tenant_id      uuid        not null references tenant (id),
    name           text        not null,
    latest_version integer     not null,
    created_by     uuid,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0
);
create unique index prompt_template_name_per_tenant on prompt_template (tenant_id, lower(name));

create table prompt_template_version (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    template_id uuid        not null references prompt_template (id) on delete cascade,
    number      integer     not null,
    name        text        not null,
    description text,
    body        text        not null,
    variables   jsonb       not null,
    created_by  uuid,
    created_at  timestamptz not null,
    unique (template_id, number)
);

-- Versions are immutable: an update is refused by the database itself, whatever the application does.
create function prompt_template_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'prompt template versions are immutable';
end
$$;
create trigger prompt_template_version_no_update
    before update on prompt_template_version
    for each row execute function prompt_template_version_immutable();

-- The built-in roles of existing organisations get the new permissions (new organisations get them from the code).
update role set permissions = array_append(permissions, 'prompts:read')
 where built_in and name in ('OWNER', 'ADMIN', 'TRAINER') and not ('prompts:read' = any (permissions));
update role set permissions = array_append(permissions, 'prompts:write')
 where built_in and name in ('OWNER', 'ADMIN', 'TRAINER') and not ('prompts:write' = any (permissions));
