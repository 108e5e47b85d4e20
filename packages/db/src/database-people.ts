import type { ColumnType, Generated } from 'kysely';

type InstantDefaultNow = ColumnType<Date, Date | string | undefined, Date | string>;
type Instant = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

/** Tables of migration 0002: people and access, cases, plans, evidence. */
export interface UsersTable {
  id: Generated<string>;
  username: string;
  display_name: Generated<string>;
  password_hash: string;
  created_at: InstantDefaultNow;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: 'owner' | 'editor' | 'viewer';
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  workspace_id: string;
  csrf_token: string;
  created_at: InstantDefaultNow;
  expires_at: Instant;
}

export interface ApiTokensTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  workspace_id: string;
  name: string;
  created_at: InstantDefaultNow;
  last_used_at: Instant | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: string;
  user_id: string | null;
  at: InstantDefaultNow;
  action: string;
  entity: string;
  entity_id: string | null;
  details: Json;
}

export interface AppealCasesTable {
  id: Generated<string>;
  workspace_id: string;
  account_id: string;
  state: string;
  data: Json;
  version: Generated<number>;
  created_at: InstantDefaultNow;
  updated_at: InstantDefaultNow;
}

export interface SubmissionsTable {
  case_id: string;
  round: number;
  plan_version: number | null;
  text: string;
  channel: string;
  submitted_at: Instant;
  created_at: InstantDefaultNow;
}

export interface PlanVersionsTable {
  case_id: string;
  version: number;
  plan: Json;
  created_by: string | null;
  created_at: InstantDefaultNow;
}

export interface EvidenceFilesTable {
  id: Generated<string>;
  workspace_id: string;
  case_id: string | null;
  sha256: string;
  size: number;
  media_type: string;
  declared_name: string;
  created_at: InstantDefaultNow;
}

export interface EvidenceBlobsTable {
  sha256: string;
  content: Uint8Array;
}

export interface PeopleCasesPlansTables {
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  appeal_cases: AppealCasesTable;
  submissions: SubmissionsTable;
  plan_versions: PlanVersionsTable;
  evidence_files: EvidenceFilesTable;
  evidence_blobs: EvidenceBlobsTable;
}
