import type { DomainFindings } from '../findings/findings-types.js';
import type { Framework } from '../framework.js';
import type { AnswerCounts, Bilingual, JustificationType } from '../types.js';
import type { ValidatedAnswer } from '../validation/validation-types.js';
import type { CollectedCitation } from './report-citations.js';

/** A yes / partially / no answer (consensus, validated or final). */
export type Vote = 'yes' | 'partially' | 'no';

/** One distinct justification cited for an indicator, with every agency that gave it. */
export interface ReportCitation {
  type: JustificationType | null;
  text: string;
  evidence: string | null;
  /** Agency names (code when the agency is unknown), sorted; at most MAX_CITING_AGENCIES. */
  agencies: string[];
  /** Agencies that gave the same justification beyond the names listed. */
  moreAgencies: number;
}

/** A highlight or an area for further development, as the report shows it. */
export interface ReportPick {
  indicatorId: string;
  text: Bilingual;
  /** The coordinator's own short wording, when given. */
  note: { en?: string; id?: string } | null;
  final: Vote | null;
  counts: AnswerCounts;
  citations: ReportCitation[];
  /** Distinct justifications beyond those listed. */
  moreCitations: number;
}

/** One domain's section. */
export interface ReportDomain {
  id: string;
  name: Bilingual;
  /** `final` when the coordinator finalised the picks; otherwise the automatic proposals. */
  status: 'final' | 'proposed';
  indicatorCount: number;
  /** Indicators by final answer; `open` has neither a validated answer nor a consensus. */
  met: number;
  partially: number;
  notMet: number;
  open: number;
  finalScore: number | null;
  consensusScore: number | null;
  highlights: ReportPick[];
  gaps: ReportPick[];
}

/** One line of the indicator annex. */
export interface ReportIndicator {
  id: string;
  domainId: string;
  text: Bilingual;
  final: Vote | null;
  consensus: Vote | null;
  validated: Vote | null;
  counts: AnswerCounts;
  note: string | null;
}

/** One participating agency. */
export interface ReportAgency {
  code: string;
  name: string;
  level: string | null;
  submittedAt: string | null;
}

/** Everything the Word report shows, in both languages (the document picks one). */
export interface ReportModel {
  assessment: { id: string; name: string; createdAt: string; deadline: string | null };
  framework: { id: string; version: string; name: Bilingual };
  generatedAt: string;
  agencies: { registered: number; submitted: number; byLevel: { level: string | null; count: number }[] };
  domains: ReportDomain[];
  indicators: ReportIndicator[];
  /** Agencies that submitted, by name. */
  participants: ReportAgency[];
}

/** The summary fields the report reads (any summary JSON of the contract has them). */
export interface ReportSummary {
  generatedAt: string;
  indicators: {
    id: string;
    domainId: string;
    counts: AnswerCounts;
    consensus: Vote | null;
    evidence: { regulation: number; programme: number; practice: number };
  }[];
  domains: { id: string; highlights: string[]; gaps: string[] }[];
}

/** Input of `buildReportModel`. */
export interface ReportModelInput {
  framework: Framework;
  assessment: { id: string; name: string; createdAt: string; deadline?: string | null };
  agencies: readonly ReportAgency[];
  summary: ReportSummary;
  validated: readonly ValidatedAnswer[];
  findings: readonly DomainFindings[];
  /** The citations of each indicator, from one pass over the current responses (`ReportCitationCollector`). */
  citations: { of(indicatorId: string, limit?: number): { citations: CollectedCitation[]; more: number } };
  /** When the report is made (ISO 8601). */
  generatedAt: string;
}
