/**
 * The role matrix: EVERY /api route × {owner, editor, viewer, viewer of another assessment, agency,
 * other agency}. One line per route says who may call it (PRODUCT.md's "who" column); everyone
 * else must get 403 `auth.forbidden`, and those allowed must get past authorisation (any answer
 * but 401/403: a body that fails validation, a missing item, 501 are all fine).
 *
 * To add a route: append ONE line to ROLE_MATRIX. Paths use the matrix's own agencies so no other
 * case is disturbed: `MX1` is the acting agency ("agency"), `MX2` another agency of the same
 * assessment ("other agency"), `MX3` a third one the coordinator routes act on.
 */
import { expect, it } from 'vitest';
import { type ContractContext, MAIN, OTHER, registerAgency } from './contract-context.js';

export type MatrixPrincipal = 'owner' | 'editor' | 'viewer' | 'viewerOther' | 'agency' | 'otherAgency';

const EVERYONE: MatrixPrincipal[] = ['owner', 'editor', 'viewer', 'viewerOther', 'agency', 'otherAgency'];
const OWNER: MatrixPrincipal[] = ['owner'];
const EDITORS: MatrixPrincipal[] = ['owner', 'editor'];
const VIEWERS: MatrixPrincipal[] = ['owner', 'editor', 'viewer'];
/** A read that names no assessment: every coordinator account. */
const ANY_COORDINATOR: MatrixPrincipal[] = [...VIEWERS, 'viewerOther'];
const MEMBERS: MatrixPrincipal[] = [...VIEWERS, 'agency', 'otherAgency'];
const OWN_READ: MatrixPrincipal[] = [...VIEWERS, 'agency'];
const OWN_WRITE: MatrixPrincipal[] = [...EDITORS, 'agency'];
const AGENCIES: MatrixPrincipal[] = ['agency', 'otherAgency'];

/** [method, path, JSON body (or undefined), who may call it]. */
export type MatrixLine = [string, string, unknown, MatrixPrincipal[]];

const A = `/api/assessments/${MAIN}`;

export const ROLE_MATRIX: MatrixLine[] = [
  ['GET', '/api/frameworks/local-mgi', undefined, EVERYONE],
  ['PUT', '/api/frameworks/matrix-fw', {}, EDITORS],
  ['GET', '/api/assessments', undefined, ANY_COORDINATOR],
  ['POST', '/api/assessments', {}, OWNER],
  ['GET', A, undefined, MEMBERS],
  ['PATCH', A, { name: '' }, EDITORS],
  ['GET', `${A}/settings`, undefined, MEMBERS],
  ['GET', `${A}/agencies`, undefined, VIEWERS],
  ['PUT', `${A}/agencies/MX3`, {}, EDITORS],
  ['POST', `${A}/agencies/import`, undefined, EDITORS],
  ['POST', `${A}/agencies/MX3/token`, undefined, EDITORS],
  ['DELETE', `${A}/agencies/MX3/token`, undefined, EDITORS],
  ['POST', `${A}/agencies/MX3/disable`, undefined, EDITORS],
  ['POST', `${A}/agencies/MX3/enable`, undefined, EDITORS],
  // A dry run sends nothing: the matrix checks who may, not the mail.
  ['POST', `${A}/reminders`, { dryRun: true }, EDITORS],
  ['GET', `${A}/missing.xlsx`, undefined, VIEWERS],
  ['GET', `${A}/agencies/MX1/responses`, undefined, OWN_READ],
  ['GET', `${A}/agencies/MX1/submissions/nosuch/file`, undefined, OWN_WRITE],
  ['GET', `${A}/agencies/MX1/diff`, undefined, OWN_READ],
  ['POST', `${A}/agencies/MX3/review`, {}, EDITORS],
  ['POST', `${A}/agencies/MX3/reopen`, {}, EDITORS],
  ['GET', `${A}/template.xlsx?agency=MX1&lang=en`, undefined, OWN_READ],
  ['POST', `${A}/submissions?agency=MX1`, undefined, OWN_WRITE],
  ['POST', `${A}/responses`, {}, AGENCIES],
  ['GET', `${A}/submissions?agency=MX1`, undefined, OWN_READ],
  ['GET', `${A}/summary`, undefined, VIEWERS],
  ['GET', `${A}/consolidated.xlsx?lang=en`, undefined, VIEWERS],
  ['POST', `${A}/aggregate`, undefined, EDITORS],
  ['GET', `${A}/validation`, undefined, VIEWERS],
  ['PUT', `${A}/validation/1.01`, {}, EDITORS],
  ['DELETE', `${A}/validation/1.01`, undefined, EDITORS],
  ['PUT', `${A}/domains/1/findings`, {}, EDITORS],
  // Agencies read findings only while a consultation round is open (none is here).
  ['GET', `${A}/findings`, undefined, VIEWERS],
  ['GET', `${A}/consultation`, undefined, MEMBERS],
  ['POST', `${A}/consultation`, {}, EDITORS],
  ['POST', `${A}/consultation/comments`, {}, AGENCIES],
  ['GET', `${A}/consultation/comments`, undefined, VIEWERS],
  ['GET', `${A}/report.docx?lang=en`, undefined, VIEWERS],
  ['GET', `${A}/audit`, undefined, EDITORS],
  ['GET', '/api/accounts', undefined, OWNER],
  ['POST', '/api/accounts', {}, OWNER],
  ['DELETE', '/api/accounts/acct-none', undefined, OWNER],
  ['POST', '/api/accounts/acct-none/token', undefined, OWNER],
];

/** Creates a coordinator account as the bootstrap owner and returns its token. */
export async function createAccount(
  ctx: ContractContext,
  role: 'owner' | 'editor' | 'viewer',
  assessments: string[] | '*',
  name = `${role} ${Array.isArray(assessments) ? assessments.join(',') : 'all'}`,
): Promise<string> {
  const res = await ctx.admin('POST', '/api/accounts', {
    json: { name, email: `${role}@example.org`, role, assessments },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

export function roleMatrixCases(ctx: ContractContext): void {
  it('answers every route × role as the contract says (403 auth.forbidden for the others)', async () => {
    const tokens: Record<MatrixPrincipal, string> = {
      owner: ctx.service.adminToken,
      editor: await createAccount(ctx, 'editor', [MAIN]),
      viewer: await createAccount(ctx, 'viewer', [MAIN]),
      viewerOther: await createAccount(ctx, 'viewer', [OTHER]),
      agency: await registerAgency(ctx, 'MX1'),
      otherAgency: await registerAgency(ctx, 'MX2'),
    };
    await registerAgency(ctx, 'MX3');
    const wrong: string[] = [];
    for (const [method, path, json, allowed] of ROLE_MATRIX) {
      await Promise.all(
        EVERYONE.map(async (who) => {
          const res = await ctx.service.call(method, path, { token: tokens[who], json });
          const body = await res.text();
          const ok = allowed.includes(who)
            ? res.status !== 401 && res.status !== 403
            : res.status === 403 && body.includes('"auth.forbidden"');
          if (!ok) wrong.push(`${method} ${path} as ${who}: ${res.status} ${body.slice(0, 120)}`);
        }),
      );
    }
    expect(wrong).toEqual([]);
  });
}
