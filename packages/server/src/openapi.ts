import { z } from 'zod';
import * as contracts from '@reinstate/core/contracts/index';
import { version } from './version.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every endpoint, with the zod contract of its body or query: the OpenAPI document is generated from these. */
const endpoints: { method: Method; path: string; summary: string; body?: z.ZodType; multipart?: z.ZodType; query?: z.ZodObject; response?: z.ZodType }[] = [
  { method: 'get', path: '/api/health', summary: 'Version, database kind and migration state' },
  { method: 'post', path: '/api/login', summary: 'Sign in (sets the session cookie, returns the CSRF token)', body: contracts.loginRequest },
  { method: 'get', path: '/api/session', summary: 'Who is signed in' },
  { method: 'delete', path: '/api/session', summary: 'Sign out' },
  { method: 'post', path: '/api/users', summary: 'Add a user to the workspace (owner)', body: contracts.createUserRequest },
  { method: 'post', path: '/api/tokens', summary: 'Create an API token', body: contracts.createTokenRequest },
  { method: 'get', path: '/api/audit', summary: 'The audit log (owner)' },
  { method: 'get', path: '/api/accounts', summary: 'Seller accounts of the workspace', query: contracts.accountListQuery },
  { method: 'post', path: '/api/accounts', summary: 'Create a seller account (or return the one with that name)', body: contracts.createAccountRequest },
  { method: 'get', path: '/api/accounts/{accountId}', summary: 'One seller account' },
  { method: 'post', path: '/api/accounts/{accountId}/imports', summary: 'Import report files (multipart "files", or the file as the body)', query: contracts.importQuery },
  { method: 'get', path: '/api/accounts/{accountId}/metrics', summary: 'Self-computed metrics (estimates)', query: contracts.metricsQuery },
  { method: 'get', path: '/api/accounts/{accountId}/amazon-health', summary: "Amazon's figures from the latest account health report" },
  { method: 'get', path: '/api/accounts/{accountId}/defect-orders', summary: 'The orders behind a metric, JSON or CSV', query: contracts.defectOrdersQuery },
  { method: 'post', path: '/api/accounts/{accountId}/draft', summary: 'Draft a plan of action from a notice', body: contracts.draftRequest },
  { method: 'post', path: '/api/diagnose', summary: 'Read a notice or a reply from Amazon', body: contracts.diagnoseRequest },
  { method: 'post', path: '/api/check-mail', summary: 'Phishing check of a mail', body: contracts.checkMailRequest },
  { method: 'post', path: '/api/review', summary: 'Review a plan of action', body: contracts.reviewRequest },
  { method: 'post', path: '/api/cases', summary: 'Open a case from a notice', body: contracts.createCaseRequest },
  { method: 'get', path: '/api/cases', summary: 'Cases of the workspace' },
  { method: 'get', path: '/api/cases/{caseId}', summary: 'One case, round by round, with the reserve estimate when Amazon holds one', response: contracts.caseResponse },
  { method: 'get', path: '/api/cases/{caseId}/checklist', summary: 'What the next round must answer' },
  { method: 'post', path: '/api/cases/{caseId}/submissions', summary: 'Record a submission as sent (409 on a stale version)', body: contracts.submitRoundRequest },
  { method: 'post', path: '/api/cases/{caseId}/replies', summary: "Record Amazon's reply (409 on a stale version)", body: contracts.recordReplyRequest },
  { method: 'post', path: '/api/cases/{caseId}/annotations', summary: 'Annotate a round', body: contracts.annotateRequest },
  { method: 'get', path: '/api/cases/{caseId}/plan', summary: 'The latest version of the plan' },
  { method: 'put', path: '/api/cases/{caseId}/plan', summary: 'Save a new version of the plan (409 on a stale version)', body: contracts.savePlanRequest },
  { method: 'post', path: '/api/cases/{caseId}/plan/draft', summary: "Draft the plan from the case's notice and last reply", body: contracts.draftCasePlanRequest },
  { method: 'get', path: '/api/cases/{caseId}/plan/export', summary: 'Export the plan', query: contracts.exportPlanQuery },
  { method: 'post', path: '/api/cases/{caseId}/evidence', summary: 'Upload evidence files (multipart "files"; PDF, PNG, JPEG, WebP, text, CSV, .docx, .xlsx; 20 MB each)', multipart: contracts.uploadEvidenceForm, response: contracts.evidenceList },
  { method: 'get', path: '/api/cases/{caseId}/evidence', summary: 'Evidence files of a case', response: contracts.evidenceList },
  { method: 'get', path: '/api/evidence/{evidenceId}', summary: 'Download an evidence file' },
  { method: 'delete', path: '/api/evidence/{evidenceId}', summary: 'Delete an evidence file (editor or owner)' },
  { method: 'get', path: '/api/backup', summary: 'The whole database and evidence as one .tar.gz archive (owner)' },
  { method: 'get', path: '/api/due', summary: 'What is due, most urgent first', query: contracts.dueQuery },
  { method: 'get', path: '/api/due.ics', summary: 'What is due, as an iCalendar feed', query: contracts.dueQuery },
  { method: 'patch', path: '/api/accounts/{accountId}', summary: "Change an account's time zone (409 on a stale version)", body: contracts.updateAccountRequest },
  { method: 'get', path: '/api/accounts/{accountId}/metrics/history', summary: 'Metrics at several dates, for the charts', query: contracts.metricsHistoryQuery },
  { method: 'post', path: '/api/cases/{caseId}/review', summary: 'Review a draft of the next round against what the notice and last reply ask; with the checklist', body: contracts.caseReviewRequest },
  { method: 'get', path: '/api/cases/{caseId}/plan/fields', summary: 'The plan as Seller Central form fields with character counts', query: contracts.exportPlanQuery },
  { method: 'post', path: '/api/demo', summary: 'Load the synthetic demo seller (once per workspace)' },
];

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

/** A multipart body: its string parts stand for files (`format: binary`). */
function multipartSchema(schema: z.ZodType): unknown {
  const json = jsonSchema(schema) as { properties?: Record<string, { type?: string; items?: { type?: string } }> };
  for (const property of Object.values(json.properties ?? {})) {
    if (property.type === 'array' && property.items) property.items = { type: 'string', format: 'binary' } as typeof property.items;
  }
  return json;
}

/** The OpenAPI 3.1 document of the API, generated from the zod contracts. */
export function openApiDocument(): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    const parameters = [
      ...[...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string', format: 'uuid' } })),
      ...Object.entries(endpoint.query?.shape ?? {}).map(([name, schema]) => ({ name, in: 'query', required: false, schema: jsonSchema(schema as z.ZodType) })),
    ];
    (paths[endpoint.path] ??= {})[endpoint.method] = {
      summary: endpoint.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(endpoint.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body) } } } } : {}),
      ...(endpoint.multipart ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: multipartSchema(endpoint.multipart) } } } } : {}),
      responses: {
        '200': { description: 'OK', ...(endpoint.response ? { content: { 'application/json': { schema: jsonSchema(endpoint.response) } } } : {}) },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Reinstate API', version },
    paths,
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
      },
    },
  };
}
