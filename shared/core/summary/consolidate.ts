import { Writable } from 'node:stream';
import type { Framework } from '../framework.js';
import type { Lang } from '../types.js';
import type {
  AgencyResponses,
  ConsolidatedAgency,
  ConsolidatedWorkbookReport,
  MatrixLayout,
} from './consolidated-types.js';
import { ConsolidatedWorkbookWriter } from './consolidated-workbook.js';
import type { AssessmentSummary, SummaryDecisions } from './summary.js';
import { summaryPass } from './summary-pass.js';

/** Input of one consolidation: the pages are read exactly once. */
export interface ConsolidateInput {
  framework: Framework;
  /** Every registered agency: `agencies.registered`/`missing` of the summary and the Agencies sheet. */
  agencies: readonly ConsolidatedAgency[];
  pages: AsyncIterable<AgencyResponses>;
  assessmentId: string;
  generatedAt: string | Date;
  assessmentName?: string;
  matrixLayout?: MatrixLayout;
  /** Language of the domain names in the summary JSON (default English). */
  summaryLang?: Lang;
  /** Validated answers (with notes and sources) and picked findings. */
  decisions?: {
    validation?: readonly (NonNullable<SummaryDecisions['validation']>[number] & {
      note: string | null;
      sources: readonly string[];
    })[];
    findings?: SummaryDecisions['findings'];
  };
}

/**
 * Summary and consolidated workbooks (one per output language) from ONE read of the agencies'
 * current responses: each page feeds the summary counters, the answer matrix and every workbook's
 * Responses sheet, then is dropped. Memory stays bounded by a page, the counters, one byte per
 * answer and a few quoted justifications, at any number of agencies.
 */
export async function consolidate(
  input: ConsolidateInput & { outputs: Partial<Record<Lang, Writable>> },
): Promise<{ summary: AssessmentSummary; reports: Partial<Record<Lang, ConsolidatedWorkbookReport>> }> {
  const entries = Object.entries(input.outputs) as [Lang, Writable][];
  const writers: [Lang, ConsolidatedWorkbookWriter][] = [];
  try {
    for (const [lang, output] of entries) {
      writers.push([
        lang,
        await ConsolidatedWorkbookWriter.open({
          framework: input.framework,
          lang,
          agencies: input.agencies,
          assessmentName: input.assessmentName,
          matrixLayout: input.matrixLayout,
          validation: input.decisions?.validation,
          output,
        }),
      ]);
    }
    // Each page goes to every workbook's Responses sheet on its way through the summary pass.
    async function* written(): AsyncIterable<AgencyResponses> {
      for await (const page of input.pages) {
        for (const [, writer] of writers) await writer.addPage(page);
        yield page;
      }
    }
    const { summary, answers } = await summaryPass({
      framework: input.framework,
      registeredAgencyCodes: input.agencies.map((a) => a.code),
      pages: written(),
      assessmentId: input.assessmentId,
      generatedAt: input.generatedAt,
      lang: input.summaryLang,
      decisions: input.decisions,
    });
    const reports: Partial<Record<Lang, ConsolidatedWorkbookReport>> = {};
    for (const [lang, writer] of writers) reports[lang] = await writer.finish(summary, answers);
    return { summary, reports };
  } catch (error) {
    // A half-written zip is useless: release the outputs so nothing waits on them.
    for (const [, output] of entries) output.destroy(error as Error);
    throw error;
  }
}

/** `consolidate` into memory: the summary and each language's workbook bytes. */
export async function consolidateToBytes(input: ConsolidateInput & { langs: readonly Lang[] }): Promise<{
  summary: AssessmentSummary;
  workbooks: Partial<Record<Lang, Uint8Array>>;
  reports: Partial<Record<Lang, ConsolidatedWorkbookReport>>;
}> {
  const chunks: Partial<Record<Lang, Buffer[]>> = {};
  const outputs: Partial<Record<Lang, Writable>> = {};
  for (const lang of input.langs) {
    const list: Buffer[] = [];
    chunks[lang] = list;
    outputs[lang] = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        list.push(chunk);
        callback();
      },
    });
  }
  const { summary, reports } = await consolidate({ ...input, outputs });
  const workbooks: Partial<Record<Lang, Uint8Array>> = {};
  for (const lang of input.langs) workbooks[lang] = new Uint8Array(Buffer.concat(chunks[lang]!));
  return { summary, workbooks, reports };
}

/** The consolidated workbook as bytes, from its own read of `pages` (small assessments, tests). */
export async function consolidatedWorkbookBytes(
  input: ConsolidateInput & { lang: Lang },
): Promise<{ bytes: Uint8Array; summary: AssessmentSummary; report: ConsolidatedWorkbookReport }> {
  const { summary, workbooks, reports } = await consolidateToBytes({ ...input, langs: [input.lang] });
  return { bytes: workbooks[input.lang]!, summary, report: reports[input.lang]! };
}
