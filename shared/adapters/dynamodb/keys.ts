/**
 * The single-table design, declared as data: every item type with its key prefixes, its entity
 * tag and pure `toItem`/`fromItem` functions. No I/O here.
 *
 * | entity          | PK                         | SK                      |
 * |-----------------|----------------------------|-------------------------|
 * | assessment      | ASSESSMENTS                | ASMT#<aid>              |
 * | agency          | ASMT#<aid>                 | AGY#<code>              |
 * | snapshot        | ASMT#<aid>                 | SNAP#<generatedAt>#<id> |
 * | submission      | ASMT#<aid>#AGY#<code>      | SUB#<sid>               |
 * | response-chunk  | ASMT#<aid>#AGY#<code>      | RESP#<sid>#<nnnn>       |
 * | key-claim       | ASMT#<aid>#AGY#<code>      | IKEY#<sha256(key)>      |
 * | token           | TOKEN#<sha256(token)>      | TOKEN                   |
 * | framework       | FRAMEWORK#<fid>            | META                    |
 * | bootstrap       | CONFIG                     | ADMIN_BOOTSTRAP         |
 * | account-registry| ACCOUNTS                   | REGISTRY                |
 * | audit           | AUDIT#<aid> / AUDIT#_accounts | <at ISO>#<entryId>   |
 * | review          | ASMT#<aid>#AGY#<code>      | REVIEW                  |
 * | reopen          | ASMT#<aid>#AGY#<code>      | REOPEN                  |
 * | consultation    | ASMT#<aid>                 | CONSULT (current round) |
 * | consult-comment | ASMT#<aid>                 | CCOM#<at>#<id>          |
 * | validation      | ASMT#<aid>                 | VAL#<indicatorId>       |
 * | findings        | ASMT#<aid>                 | FIND#<domainId>         |
 *
 * Access patterns: list assessments = Query PK ASSESSMENTS; agencies of an assessment = Query
 * PK ASMT#<aid>, SK begins_with AGY#; history = Query the agency partition, SK begins_with SUB#,
 * newest first (submission ids sort by time), keeping those the agency item's sha256 marks name;
 * snapshots likewise with SNAP#; the file already sent = the agency item's `sha:<sha256>`
 * attribute. No GSI is needed.
 *
 * The agency item carries the current pointer (`cur*`) and one `sha:<sha256>` mark per committed
 * upload (~90 bytes each), so an agency can keep about 4,000 versions within the 400 KB item limit.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { CoordinatorRole } from '../../core/accounts/principal.js';
import type { Framework } from '../../core/framework.js';
import type { AnswerCounts, Issue, NormalizedResponse, Submission } from '../../core/types.js';
import type { Agency, Assessment, Principal, SnapshotMeta } from '../../ports.js';
import { type Item, J, N, readJ, readN, readOptS, readS, S } from './attribute-values.js';

export type Entity =
  | 'assessment'
  | 'agency'
  | 'snapshot'
  | 'submission'
  | 'response-chunk'
  | 'key-claim'
  | 'token'
  | 'framework'
  | 'bootstrap'
  | 'account-registry'
  | 'audit'
  | 'validation'
  | 'findings';

/** A primary key; a type alias (not an interface) so it is assignable to the SDK's key maps. */
export type Key = {
  PK: { S: string };
  SK: { S: string };
};

const key = (pk: string, sk: string): Key => ({ PK: { S: pk }, SK: { S: sk } });

export const PREFIX = {
  agency: 'AGY#',
  snapshot: 'SNAP#',
  submission: 'SUB#',
  responseChunk: 'RESP#',
  validation: 'VAL#',
  findings: 'FIND#',
} as const;

/** Agency codes are matched case-insensitively (`dinkes` is `DINKES`): keys hold them upper-case. */
export const agencyKeyCode = (code: string): string => code.toUpperCase();

export const keys = {
  assessment: (aid: string) => key('ASSESSMENTS', `ASMT#${aid}`),
  assessmentsPartition: () => 'ASSESSMENTS',
  agency: (aid: string, code: string) => key(`ASMT#${aid}`, `${PREFIX.agency}${agencyKeyCode(code)}`),
  assessmentPartition: (aid: string) => `ASMT#${aid}`,
  snapshot: (aid: string, generatedAt: string, id: string) =>
    key(`ASMT#${aid}`, `${PREFIX.snapshot}${generatedAt}#${id}`),
  agencyPartition: (aid: string, code: string) => `ASMT#${aid}#AGY#${agencyKeyCode(code)}`,
  submission: (aid: string, code: string, sid: string) =>
    key(`ASMT#${aid}#AGY#${agencyKeyCode(code)}`, `${PREFIX.submission}${sid}`),
  responseChunk: (aid: string, code: string, sid: string, index: number) =>
    key(
      `ASMT#${aid}#AGY#${agencyKeyCode(code)}`,
      `${PREFIX.responseChunk}${sid}#${String(index).padStart(4, '0')}`,
    ),
  keyClaim: (aid: string, code: string, keyHash: string) =>
    key(`ASMT#${aid}#AGY#${agencyKeyCode(code)}`, `IKEY#${keyHash}`),
  token: (hash: string) => key(`TOKEN#${hash}`, 'TOKEN'),
  framework: (fid: string) => key(`FRAMEWORK#${fid}`, 'META'),
  bootstrap: () => key('CONFIG', 'ADMIN_BOOTSTRAP'),
  /** Every coordinator account in one item, so "never revoke the last owner" is one conditional write. */
  accountRegistry: () => key('ACCOUNTS', 'REGISTRY'),
  auditPartition: (aid: string) => `AUDIT#${aid}`,
  auditEntry: (aid: string, at: string, id: string) => key(`AUDIT#${aid}`, `${at}#${id}`),
  review: (aid: string, code: string) => key(`ASMT#${aid}#AGY#${agencyKeyCode(code)}`, 'REVIEW'),
  reopen: (aid: string, code: string) => key(`ASMT#${aid}#AGY#${agencyKeyCode(code)}`, 'REOPEN'),
  consultation: (aid: string) => key(`ASMT#${aid}`, 'CONSULT'),
  consultComment: (aid: string, at: string, id: string) => key(`ASMT#${aid}`, `CCOM#${at}#${id}`),
  /** The focus group's validated answer of one indicator (kept, without an answer, once cleared). */
  validation: (aid: string, indicatorId: string) => key(`ASMT#${aid}`, `${PREFIX.validation}${indicatorId}`),
  /** The findings picked for one domain. */
  findings: (aid: string, domainId: string) => key(`ASMT#${aid}`, `${PREFIX.findings}${domainId}`),
};

const tagged = (k: Key, entity: Entity, attributes: Item): Item => ({
  ...k,
  entity: S(entity),
  ...attributes,
});

/** The entity tag of a stored item. */
export function entityOf(item: Item): Entity | undefined {
  return item.entity?.S as Entity | undefined;
}

export function assessmentToItem(a: Assessment): Item {
  return tagged(keys.assessment(a.id), 'assessment', {
    id: S(a.id),
    name: S(a.name),
    frameworkId: S(a.frameworkId),
    createdAt: S(a.createdAt),
  });
}

export function assessmentFromItem(item: Item): Assessment {
  const deadline = readOptS(item, 'deadline');
  return {
    id: readS(item, 'id'),
    name: readS(item, 'name'),
    frameworkId: readS(item, 'frameworkId'),
    createdAt: readS(item, 'createdAt'),
    ...(deadline === undefined ? {} : { deadline }),
  };
}

/** The agency item without its current-submission pointer (set only by the pointer update). */
export function agencyToItem(a: Omit<Agency, 'current'>): Item {
  return tagged(keys.agency(a.assessmentId, a.code), 'agency', {
    assessmentId: S(a.assessmentId),
    code: S(a.code),
    name: S(a.name),
    level: S(a.level),
    createdAt: S(a.createdAt),
    updatedAt: S(a.updatedAt),
  });
}

/** Where an agency's current submission lives, as stored on the agency item. */
export interface StoredPointer {
  submissionId: string;
  receivedAt: string;
  order: string;
  channel: Submission['channel'];
  counts: AnswerCounts;
  chunkCount: number;
}

export function pointerFromItem(item: Item): StoredPointer | null {
  const submissionId = readOptS(item, 'curId');
  if (submissionId === undefined) return null;
  return {
    submissionId,
    receivedAt: readS(item, 'curReceivedAt'),
    order: readS(item, 'curOrder'),
    channel: readS(item, 'curChannel') as Submission['channel'],
    counts: readJ<AnswerCounts>(item, 'curCounts'),
    chunkCount: readN(item, 'curChunks'),
  };
}

/** Prefix of the agency item's sha256 marks: `sha:<hex>` = the submission id that file committed. */
const SHA_MARK = 'sha:';

/** The agency-item attribute marking that an upload with this sha256 was committed. */
export const shaMarkAttribute = (sha256: string) => `${SHA_MARK}${sha256}`;

/**
 * An agency's sha256 marks, sha256 → submission id: the committed submissions of its history (the
 * one conditional commit write sets the mark), and the idempotency record of its uploads.
 */
export function shaMarksFromItem(item: Item): Map<string, string> {
  const marks = new Map<string, string>();
  for (const name in item) {
    if (name.startsWith(SHA_MARK)) marks.set(name.slice(SHA_MARK.length), readS(item, name));
  }
  return marks;
}

/** An agency as stored: the public agency plus its token hash and the full pointer. */
export type StoredAgency = Agency & { tokenHash: string | null; pointer: StoredPointer | null };

export function agencyFromItem(item: Item): StoredAgency {
  const pointer = pointerFromItem(item);
  return {
    assessmentId: readS(item, 'assessmentId'),
    code: readS(item, 'code'),
    name: readS(item, 'name'),
    level: readS(item, 'level'),
    createdAt: readS(item, 'createdAt'),
    updatedAt: readS(item, 'updatedAt'),
    current: pointer
      ? {
          submissionId: pointer.submissionId,
          receivedAt: pointer.receivedAt,
          channel: pointer.channel,
          counts: pointer.counts,
        }
      : null,
    contactName: readOptS(item, 'contactName') ?? null,
    email: readOptS(item, 'email') ?? null,
    phone: readOptS(item, 'phone') ?? null,
    lang: readOptS(item, 'lang') === 'en' ? 'en' : 'id',
    disabled: item.disabled?.BOOL === true,
    version: item.version?.N === undefined ? 0 : Number(item.version.N),
    tokenHash: readOptS(item, 'tokenHash') ?? null,
    pointer,
  };
}

/** The public shape of a stored agency. */
export function toPublicAgency({ tokenHash: _t, pointer: _p, ...agency }: StoredAgency): Agency {
  return agency;
}

/**
 * `staged` as written by the commit; committed is told by the agency's sha256 mark naming it.
 * `committed` is only found on submissions written by the earlier protocol (separate claim and
 * status writes), which still read as history.
 */
export type SubmissionStatus = 'staged' | 'committed';

export interface StoredSubmission extends Submission {
  status: SubmissionStatus;
  chunkCount: number;
  originalKey: string | null;
}

export function submissionToItem(s: StoredSubmission): Item {
  const attributes: Item = {
    id: S(s.id),
    assessmentId: S(s.assessmentId),
    agency: S(s.agency),
    channel: S(s.channel),
    sha256: S(s.sha256),
    receivedAt: S(s.receivedAt),
    counts: J(s.counts),
    warnings: J(s.warnings),
    status: S(s.status),
    chunkCount: N(s.chunkCount),
  };
  if (s.originalKey) attributes.originalKey = S(s.originalKey);
  return tagged(keys.submission(s.assessmentId, s.agency, s.id), 'submission', attributes);
}

export function submissionFromItem(item: Item): StoredSubmission {
  return {
    id: readS(item, 'id'),
    assessmentId: readS(item, 'assessmentId'),
    agency: readS(item, 'agency'),
    channel: readS(item, 'channel') as Submission['channel'],
    sha256: readS(item, 'sha256'),
    receivedAt: readS(item, 'receivedAt'),
    counts: readJ<AnswerCounts>(item, 'counts'),
    warnings: readJ<Issue[]>(item, 'warnings'),
    status: readS(item, 'status') as SubmissionStatus,
    chunkCount: readN(item, 'chunkCount'),
    originalKey: readOptS(item, 'originalKey') ?? null,
  };
}

/** The public shape of a stored submission. */
export function toPublicSubmission(s: StoredSubmission): Submission {
  return {
    id: s.id,
    assessmentId: s.assessmentId,
    agency: s.agency,
    channel: s.channel,
    sha256: s.sha256,
    receivedAt: s.receivedAt,
    counts: s.counts,
    warnings: s.warnings,
  };
}

/**
 * A chunk of a submission's responses. The responses are stored as deflated JSON in one binary
 * attribute (`responsesZ`, ~1.2 KB instead of ~11 KB for 76 answers): the SDK and the store then
 * move and check a tenth of the bytes on every upload and every read of current answers.
 */
export function responseChunkToItem(
  aid: string,
  code: string,
  sid: string,
  index: number,
  responses: NormalizedResponse[],
  /** The responses' JSON when the caller already has it (splitResponses makes it). */
  json = JSON.stringify(responses),
): Item {
  return tagged(keys.responseChunk(aid, code, sid, index), 'response-chunk', {
    submissionId: S(sid),
    index: N(index),
    // Level 3: ~40% less CPU than the default 6 for ~8% more bytes (1.15 KB instead of 1.06 KB).
    responsesZ: { B: deflateRawSync(json, { level: 3 }) },
  });
}

/** Reads a chunk; chunks written before compression (`responses` as a JSON string) still read. */
export function responseChunkFromItem(item: Item): {
  submissionId: string;
  index: number;
  responses: NormalizedResponse[];
} {
  const packed = item.responsesZ?.B;
  return {
    submissionId: readS(item, 'submissionId'),
    index: readN(item, 'index'),
    responses: packed
      ? (JSON.parse(inflateRawSync(packed).toString('utf8')) as NormalizedResponse[])
      : readJ<NormalizedResponse[]>(item, 'responses'),
  };
}

export function keyClaimToItem(aid: string, code: string, keyHash: string, sha256: string): Item {
  return tagged(keys.keyClaim(aid, code, keyHash), 'key-claim', { sha256: S(sha256) });
}

export function tokenToItem(hash: string, principal: Principal, createdAt: string): Item {
  const attributes: Item = { createdAt: S(createdAt) };
  if (principal.kind === 'agency') {
    attributes.role = S('agency');
    attributes.assessmentId = S(principal.assessmentId);
    attributes.agencyCode = S(principal.agencyCode);
  } else {
    // The account's own item decides (revoked, rotated, role): the token names the account.
    attributes.role = S('account');
    attributes.accountId = S(principal.accountId);
    attributes.name = S(principal.name);
    attributes.accountRole = S(principal.role);
    attributes.assessments = J(principal.assessments);
  }
  return tagged(keys.token(hash), 'token', attributes);
}

/**
 * The principal a token item names; null for tokens of the time before accounts (`role: admin`),
 * which no longer work: the bootstrap token is re-stored at start, other owners get accounts.
 */
export function tokenFromItem(item: Item): Principal | null {
  const role = readS(item, 'role');
  if (role === 'agency') {
    return {
      kind: 'agency',
      assessmentId: readS(item, 'assessmentId'),
      agencyCode: readS(item, 'agencyCode'),
    };
  }
  if (role !== 'account') return null;
  return {
    kind: 'account',
    accountId: readS(item, 'accountId'),
    name: readS(item, 'name'),
    role: readS(item, 'accountRole') as CoordinatorRole,
    assessments: readJ<string[] | '*'>(item, 'assessments'),
  };
}

export function frameworkToItem(framework: Framework): Item {
  return tagged(keys.framework(framework.id), 'framework', {
    id: S(framework.id),
    version: S(framework.version),
    framework: J(framework),
  });
}

export function frameworkFromItem(item: Item): Framework {
  return readJ<Framework>(item, 'framework');
}

export function snapshotToItem(meta: SnapshotMeta, summary: unknown): Item {
  return tagged(keys.snapshot(meta.assessmentId, meta.generatedAt, meta.id), 'snapshot', {
    assessmentId: S(meta.assessmentId),
    id: S(meta.id),
    generatedAt: S(meta.generatedAt),
    workbookKeys: J(meta.workbookKeys),
    summary: J(summary),
  });
}

export function snapshotMetaFromItem(item: Item): SnapshotMeta {
  return {
    assessmentId: readS(item, 'assessmentId'),
    id: readS(item, 'id'),
    generatedAt: readS(item, 'generatedAt'),
    workbookKeys: readJ<SnapshotMeta['workbookKeys']>(item, 'workbookKeys'),
  };
}
