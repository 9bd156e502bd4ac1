-- Tamper-evident audit trail: every row carries the hash of the previous row of its tenant (a hash chain).
-- The chain is computed by the database itself (one definition of the hashed payload, used by the insert
-- trigger and by verification), so no client rendering of timestamps or JSON can make it disagree.

alter table audit_event add column seq bigint;
alter table audit_event add column prev_hash bytea;
alter table audit_event add column hash bytea;

-- The head of each tenant's chain; inserts lock it, so a tenant's records are chained one at a time.
create table audit_chain_head (
    tenant_id uuid primary key references tenant (id),
    last_seq  bigint not null,
    last_hash bytea  not null
);

-- The exact bytes that are hashed for a row: a JSON array of every recorded column. Timestamps are rendered as
-- epoch microseconds so the session time zone cannot change the text; jsonb renders itself deterministically.
create function audit_event_payload(e audit_event) returns bytea
    language sql stable
as $$
    select convert_to(jsonb_build_array(
        e.id, e.tenant_id, e.seq, (extract(epoch from e.occurred_at) * 1000000)::bigint, e.action,
        e.actor_id, e.actor_email, e.target_type, e.target_id, e.ip, e.user_agent, e.details)::text, 'UTF8')
$$;

create function audit_event_chain() returns trigger
    language plpgsql
as $$
declare
    head audit_chain_head;
begin
    insert into audit_chain_head (tenant_id, last_seq, last_hash)
    values (new.tenant_id, 0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
    on conflict (tenant_id) do nothing;
    select * into head from audit_chain_head where tenant_id = new.tenant_id for update;
    new.seq := head.last_seq + 1;
    new.prev_hash := head.last_hash;
    new.hash := sha256(new.prev_hash || audit_event_payload(new));
    update audit_chain_head set last_seq = new.seq, last_hash = new.hash where tenant_id = new.tenant_id;
    return new;
end
$$;

-- Chain the rows written before this migration, oldest first, per tenant.
do $$
declare
    r audit_event;
    head_seq bigint;
    head_hash bytea;
    current_tenant uuid := null;
begin
    for r in select * from audit_event order by tenant_id, occurred_at, id loop
        if current_tenant is distinct from r.tenant_id then
            if current_tenant is not null then
                insert into audit_chain_head values (current_tenant, head_seq, head_hash);
            end if;
            current_tenant := r.tenant_id;
            head_seq := 0;
            head_hash := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
        end if;
        r.seq := head_seq + 1;
        r.prev_hash := head_hash;
        head_hash := sha256(head_hash || audit_event_payload(r));
        head_seq := r.seq;
        update audit_event set seq = r.seq, prev_hash = r.prev_hash, hash = head_hash where id = r.id;
    end loop;
    if current_tenant is not null then
        insert into audit_chain_head values (current_tenant, head_seq, head_hash);
    end if;
end
$$;

alter table audit_event alter column seq set not null;
alter table audit_event alter column prev_hash set not null;
alter table audit_event alter column hash set not null;
create unique index audit_event_tenant_seq on audit_event (tenant_id, seq);

create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();

-- Append-only: the application has no update or delete path, and the database refuses them too. (An operator who
-- owns the table can still disable this trigger; verification then reports the first broken link.)
create function audit_event_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_refuse_change();
