/** The draft Local MGI report (Word): model from the assessment's data, then the document. */

export { ReportCitationCollector } from './report-citations.js';
export { buildReportDocx, type RasteriseSvg, reportChartSvg } from './report-docx.js';
export { buildReportModel } from './report-model.js';
export {
  collectingCitations,
  type ReportSource,
  reportAgencies,
  reportModelFromPages,
} from './report-pass.js';
export type { ReportModel } from './report-types.js';
