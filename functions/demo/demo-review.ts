/**
 * The demo's second half, through the public API: the coordinator returns three submissions with
 * comments (the agencies fix them by web form and the coordinator accepts the new versions),
 * accepts a dozen more as they are, sets the deadline, and — after the focus group — opens a
 * consultation round in which a few agencies comment on the findings.
 */
import { DEMO_AGENCIES } from '../../shared/core/demo/demo-agencies.js';
import { demoResponses } from '../../shared/core/demo/demo-responses.js';
import type { Framework } from '../../shared/core/framework.js';
import type { NormalizedResponse } from '../../shared/core/types.js';
import type { ServiceClient } from '../cli/service-client.js';
import type { DemoOutcome } from './demo-runner.js';

const DAY = 86_400_000;

export interface DemoReviewResult {
  returned: string[];
  fixed: string[];
  accepted: string[];
  deadline: string | null;
  roundCloses: string | null;
  comments: number;
  errors: string[];
}

/** `days` from `now` at 23:59 WIB, as ISO 8601 with the +07:00 offset. */
export function wibEndOfDay(now: Date, days: number): string {
  const wib = new Date(now.getTime() + days * DAY + 7 * 3_600_000);
  return `${wib.toISOString().slice(0, 10)}T23:59:00+07:00`;
}

/** The coordinator's comments on a returned submission: two answered indicators, in Indonesian. */
function commentsFor(responses: NormalizedResponse[]): { indicatorId: string; text: string }[] {
  const answered = responses.filter((r) => r.justification !== null);
  return [answered[1], answered[answered.length - 2]]
    .filter((r): r is NormalizedResponse => r !== undefined)
    .map((r, i) => ({
      indicatorId: r.indicatorId,
      text:
        i === 0
          ? 'Sebutkan nomor dan tahun peraturannya, serta pasal yang mengatur hal ini.'
          : 'Bukti dukung belum jelas: cantumkan judul dokumen atau tautannya.',
    }));
}

/** The agency's fix: the commented justifications made precise, evidence added. */
function fixed(responses: NormalizedResponse[], comments: { indicatorId: string }[]): NormalizedResponse[] {
  const ids = new Set(comments.map((c) => c.indicatorId));
  return responses.map((r) =>
    ids.has(r.indicatorId)
      ? {
          ...r,
          justification: `${r.justification ?? ''} Diatur dalam Peraturan Daerah Provinsi Jawa Tengah Nomor 5 Tahun 2021, Pasal 12.`,
          evidence: 'https://jdih.jatengprov.go.id/perda-5-2021',
        }
      : r,
  );
}

const CONSULTATION_COMMENTS: { code?: string; indicator?: number; domainId?: string; text: string }[] = [
  {
    domainId: '1',
    text: 'Temuan domain ini sudah sesuai; mohon tambahkan layanan pengaduan daring kami sebagai praktik baik.',
  },
  {
    indicator: 3,
    text: 'Jawaban akhir "sebagian" kurang tepat: Pergub 2024 sudah mengatur hal ini sepenuhnya.',
  },
  { domainId: '4', text: 'Area pengembangan ini penting; kami siap menjadi instansi pengampu.' },
  { indicator: 40, text: 'The village-level data programme started in 2025 and should count as a practice.' },
];

/** Runs the review, deadline and consultation steps; `focusGroup` runs before the round opens. */
export async function runDemoReview(
  client: ServiceClient,
  input: {
    aid: string;
    framework: Framework;
    outcomes: DemoOutcome[];
    tokens: Map<string, string>;
    seed: string;
    now?: Date;
    /** The focus group's validation and findings (helper "focus-group"), before the consultation. */
    focusGroup?: () => Promise<void>;
  },
): Promise<DemoReviewResult> {
  const { aid, framework } = input;
  const now = input.now ?? new Date();
  const result: DemoReviewResult = {
    returned: [],
    fixed: [],
    accepted: [],
    deadline: null,
    roundCloses: null,
    comments: 0,
    errors: [],
  };
  const note = (what: string, res: { ok: boolean; status: number; error?: { code: string } }) => {
    if (!res.ok) result.errors.push(`${what}: ${res.status} ${res.error?.code ?? ''}`);
    return res.ok;
  };
  const versionOf = async (code: string) => {
    const res = await client.request<{ review: { version: number } }>(
      'GET',
      `/api/assessments/${aid}/agencies/${code}/responses`,
    );
    return res.ok ? res.data.review.version : 0;
  };
  const review = async (code: string, body: Record<string, unknown>) =>
    client.request('POST', `/api/assessments/${aid}/agencies/${code}/review`, {
      json: { ...body, version: await versionOf(code) },
    });

  const submitted = input.outcomes.filter((o) => o.submission && !o.error);
  const toReturn = submitted.filter((o) => o.channel === 'xlsx').slice(0, 3);
  const toAccept = submitted.filter((o) => !toReturn.includes(o)).slice(0, 12);
  for (const outcome of toReturn) {
    const agency = DEMO_AGENCIES.find((a) => a.code === outcome.code)!;
    const responses = demoResponses(framework, agency, input.seed);
    const comments = commentsFor(responses);
    const returned = await review(outcome.code, {
      status: 'returned',
      note: 'Terima kasih. Dua justifikasi perlu dilengkapi sebelum diskusi kelompok terarah.',
      comments,
    });
    if (!note(`returning ${outcome.code}`, returned)) continue;
    result.returned.push(outcome.code);
    const resubmitted = await client.request('POST', `/api/assessments/${aid}/responses`, {
      json: { responses: fixed(responses, comments) },
      token: input.tokens.get(outcome.code),
    });
    if (!note(`fix by ${outcome.code}`, resubmitted)) continue;
    result.fixed.push(outcome.code);
    if (note(`accepting ${outcome.code}`, await review(outcome.code, { status: 'accepted' }))) {
      result.accepted.push(outcome.code);
    }
  }
  for (const outcome of toAccept) {
    if (note(`accepting ${outcome.code}`, await review(outcome.code, { status: 'accepted' }))) {
      result.accepted.push(outcome.code);
    }
  }

  const deadline = wibEndOfDay(now, 14);
  if (
    note(
      'setting the deadline',
      await client.request('PATCH', `/api/assessments/${aid}`, { json: { deadline } }),
    )
  ) {
    result.deadline = deadline;
  }

  await input.focusGroup?.();

  const closes = wibEndOfDay(now, 7);
  const round = await client.request<{ round: { closes: string } }>(
    'POST',
    `/api/assessments/${aid}/consultation`,
    {
      json: { closes },
    },
  );
  // A second run of the demo finds its round still open: the comments go into that one.
  if (round.ok) result.roundCloses = round.data.round.closes;
  else if (round.status !== 409) note('opening the consultation', round);
  const commenters = submitted.slice(-CONSULTATION_COMMENTS.length);
  for (const [i, c] of CONSULTATION_COMMENTS.entries()) {
    const code = commenters[i]?.code;
    if (!code) continue;
    const target =
      c.indicator !== undefined
        ? { indicatorId: framework.indicators[c.indicator]!.id }
        : { domainId: c.domainId };
    const res = await client.request('POST', `/api/assessments/${aid}/consultation/comments`, {
      json: { ...target, text: c.text },
      token: input.tokens.get(code),
    });
    if (note(`comment by ${code}`, res)) result.comments += 1;
  }
  return result;
}
