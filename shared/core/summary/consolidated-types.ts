import type { Writable } from 'node:stream';
import type { Framework } from '../framework.js';
import type { AnswerCounts, Lang, NormalizedResponse } from '../types.js';

/** A registered agency as the consolidated workbook lists it (structurally the store's Agency). */
export interface ConsolidatedAgency {
  code: string;
  name: string;
  level: string | null;
  current: {
    submissionId: string;
    receivedAt: string;
    channel: 'xlsx' | 'form';
    counts: AnswerCounts;
  } | null;
}

/** One agency's current responses, as the store's paged iterator yields them. */
export interface AgencyResponses {
  agency: string;
  submissionId: string;
  responses: NormalizedResponse[];
}

/**
 * Matrix orientation. `indicator-rows` is the focus group's view (indicators down, agencies
 * across); `agency-rows` streams one row per agency and is used for large roll-outs, where
 * thousands of agency columns would be unreadable and past ~16,000 impossible in Excel.
 */
export type MatrixLayout = 'indicator-rows' | 'agency-rows';

/** Above this many submitting agencies the Matrix switches to one row per agency. */
export const MATRIX_MAX_AGENCY_COLUMNS = 250;

/** What one consolidated workbook writer needs besides the pages. */
export interface ConsolidatedWriterOptions {
  framework: Framework;
  lang: Lang;
  /** Every registered agency (10,000 fit easily; responses are what must stream). */
  agencies: readonly ConsolidatedAgency[];
  /** Assessment name for the Summary sheet, when known. */
  assessmentName?: string;
  /** Default: `indicator-rows` up to MATRIX_MAX_AGENCY_COLUMNS submitting agencies, else `agency-rows`. */
  matrixLayout?: MatrixLayout;
  /** The focus group's validated answers: their notes and sources go beside the consensus. */
  validation?: readonly { indicatorId: string; note: string | null; sources: readonly string[] }[];
  output: Writable;
}

/** What a written workbook contained. */
export interface ConsolidatedWorkbookReport {
  matrixLayout: MatrixLayout;
  /** Data rows of the Responses sheet (agency × indicator). */
  responseRows: number;
  /** Rows over all sheets, headers included. */
  totalRows: number;
}
