/**
 * Who a request speaks for, and the one pure rule that says whether it may call a route.
 * Coordinator accounts carry a role (owner > editor > viewer) and the assessments they may see
 * (`'*'` for all); an agency token is scoped to one agency of one assessment.
 */
export const COORDINATOR_ROLES = ['owner', 'editor', 'viewer'] as const;
export type CoordinatorRole = (typeof COORDINATOR_ROLES)[number];

export interface AccountPrincipal {
  kind: 'account';
  accountId: string;
  name: string;
  role: CoordinatorRole;
  assessments: string[] | '*';
}

export interface AgencyPrincipal {
  kind: 'agency';
  assessmentId: string;
  agencyCode: string;
}

export type Principal = AccountPrincipal | AgencyPrincipal;

/** The account the `ADMIN_TOKEN` / first-start token speaks for. */
export const BOOTSTRAP_ACCOUNT_ID = 'bootstrap';

/**
 * Route policies:
 * - `any`: any valid token;
 * - `owner` / `editor` / `viewer`: a coordinator account of at least that role with access to `:aid`;
 * - `admin`: the first table's coordinator routes: `editor` for writes, `viewer` for reads;
 * - `member`: a coordinator account (as `admin`), or an agency of `:aid`;
 * - `own-agency`: a coordinator account (as `admin`), or an agency of `:aid` acting on itself;
 * - `agency`: an agency of `:aid` acting on itself (the web-form channel).
 */
export type Policy = 'any' | 'owner' | 'editor' | 'viewer' | 'admin' | 'member' | 'own-agency' | 'agency';

/** What a route is about: the path's assessment and agency, and whether it changes anything. */
export interface AccessScope {
  assessmentId?: string;
  agencyCode?: string;
  /** true for POST/PUT/PATCH/DELETE; decides `admin`, `member` and `own-agency` for accounts. */
  write?: boolean;
}

const RANK: Record<CoordinatorRole, number> = { viewer: 1, editor: 2, owner: 3 };

/** Whether the account may see assessment `aid` (always, when the route names none). */
export function canSeeAssessment(principal: AccountPrincipal, aid: string | undefined): boolean {
  return aid === undefined || principal.assessments === '*' || principal.assessments.includes(aid);
}

/** Whether `role` is at least `needed` (owner > editor > viewer). */
export function roleAtLeast(role: CoordinatorRole, needed: CoordinatorRole): boolean {
  return RANK[role] >= RANK[needed];
}

/** The role an account needs for a policy, or null when the policy admits no account. */
function neededRole(policy: Policy, write: boolean): CoordinatorRole | null {
  switch (policy) {
    case 'owner':
    case 'editor':
    case 'viewer':
      return policy;
    case 'admin':
    case 'member':
    case 'own-agency':
      return write ? 'editor' : 'viewer';
    default:
      return null;
  }
}

/** The pure rule behind `allow`: may `principal` call a route with this policy and scope? */
export function isAllowed(principal: Principal, policy: Policy, scope: AccessScope): boolean {
  if (policy === 'any') return true;
  if (principal.kind === 'account') {
    const needed = neededRole(policy, scope.write ?? false);
    return (
      needed !== null &&
      roleAtLeast(principal.role, needed) &&
      canSeeAssessment(principal, scope.assessmentId)
    );
  }
  if (policy !== 'member' && policy !== 'own-agency' && policy !== 'agency') return false;
  if (scope.assessmentId !== undefined && scope.assessmentId !== principal.assessmentId) return false;
  if (policy === 'member') return true;
  return scope.agencyCode === undefined || scope.agencyCode === principal.agencyCode;
}

/** The items of the assessments `principal` may see (all for `'*'`, an agency its own). */
export function visibleAssessments<T extends { id: string }>(principal: Principal, all: readonly T[]): T[] {
  if (principal.kind === 'agency') return all.filter((a) => a.id === principal.assessmentId);
  return all.filter((a) => canSeeAssessment(principal, a.id));
}
