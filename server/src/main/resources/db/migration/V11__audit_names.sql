-- Audit entries keep what they are about by name (a deleted knowledge base still reads as "Handbook"), and a call
-- made with an API key names the key besides its owner.
alter table audit_event add column target_name text;
alter table audit_event add column api_key_id uuid;
alter table audit_event add column api_key_name text;

-- The names are part of what an entry says, so they are hashed. Entries without any of them hash exactly as
-- before (nothing is appended to the array), so the chains written before this migration keep verifying.
create or replace function audit_event_payload(e audit_event) returns bytea
    language sql stable
as $$
    select convert_to((jsonb_build_array(
        e.id, e.tenant_id, e.seq, (extract(epoch from e.occurred_at) * 1000000)::bigint, e.action,
        e.actor_id, e.actor_email, e.target_type, e.target_id, e.ip, e.user_agent, e.details)
        || case when e.target_name is null and e.api_key_id is null and e.api_key_name is null then '[]'::jsonb
                else jsonb_build_array(e.target_name, e.api_key_id, e.api_key_name) end)::text, 'UTF8')
$$;
