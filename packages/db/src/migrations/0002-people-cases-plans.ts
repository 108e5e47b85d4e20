import { sql, type Kysely, type Migration } from 'kysely';

/**
 * People and access (users, memberships with roles, sessions, API tokens, the audit log), appeal
 * cases with their immutable submissions, every version of each plan of action, and evidence
 * files (content-addressed: the bytes live under the data directory, named by their hash).
 */
export const peopleCasesPlans: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table users (
        id uuid primary key default gen_random_uuid(),
        username text not null unique,
        display_name text not null default '',
        password_hash text not null,
        created_at timestamptz not null default now()
      );

      create table memberships (
        workspace_id uuid not null references workspaces (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        role text not null check (role in ('owner', 'editor', 'viewer')),
        primary key (workspace_id, user_id)
      );

      create table sessions (
        token_hash text primary key,
        user_id uuid not null references users (id) on delete cascade,
        workspace_id uuid not null references workspaces (id) on delete cascade,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );

      create table api_tokens (
        id uuid primary key default gen_random_uuid(),
        token_hash text not null unique,
        user_id uuid not null references users (id) on delete cascade,
        workspace_id uuid not null references workspaces (id) on delete cascade,
        name text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz
      );

      create table audit_log (
        id bigserial primary key,
        workspace_id uuid not null references workspaces (id) on delete cascade,
        user_id uuid,
        at timestamptz not null default now(),
        action text not null,
        entity text not null,
        entity_id text,
        details jsonb not null default '{}'
      );
      create index audit_log_workspace_at on audit_log (workspace_id, at);

      create table appeal_cases (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        account_id uuid not null references seller_accounts (id) on delete cascade,
        state text not null,
        data jsonb not null,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index appeal_cases_account on appeal_cases (account_id);

      create table submissions (
        case_id uuid not null references appeal_cases (id) on delete cascade,
        round integer not null,
        plan_version integer,
        text text not null,
        channel text not null,
        submitted_at timestamptz not null,
        created_at timestamptz not null default now(),
        primary key (case_id, round)
      );

      create table plan_versions (
        case_id uuid not null references appeal_cases (id) on delete cascade,
        version integer not null,
        plan jsonb not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (case_id, version)
      );

      create table evidence_files (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        case_id uuid references appeal_cases (id) on delete cascade,
        sha256 text not null,
        size bigint not null,
        media_type text not null,
        declared_name text not null,
        created_at timestamptz not null default now()
      );
      create index evidence_files_case on evidence_files (case_id);
    `.execute(db);
    // A submission is the letter exactly as sent: it can be annotated elsewhere, never changed.
    await sql`
      create function refuse_submission_change() returns trigger language plpgsql as $$
      begin
        raise exception 'submitted rounds cannot be edited or deleted';
      end $$;
      create trigger submissions_immutable before update or delete on submissions
        for each row when (pg_trigger_depth() = 0) execute function refuse_submission_change();
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`
      drop table evidence_files; drop table plan_versions; drop table submissions; drop function refuse_submission_change cascade;
      drop table appeal_cases; drop table audit_log; drop table api_tokens; drop table sessions; drop table memberships; drop table users;
    `.execute(db);
  },
};
