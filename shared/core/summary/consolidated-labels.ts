import type { Lang } from '../types.js';

/** Every text the consolidated workbook shows, in English and Bahasa Indonesia. */
export interface ConsolidatedLabels {
  sheets: {
    summary: string;
    indicators: string;
    matrix: string;
    responses: string;
    agencies: string;
    highlights: string;
    findings: string;
  };
  title: string;
  assessment: string;
  framework: string;
  generatedAt: string;
  coverage: string;
  registered: string;
  submitted: string;
  missing: string;
  coveragePct: string;
  domainScores: string;
  domain: string;
  domainName: string;
  indicatorCount: string;
  score: string;
  consensusYes: string;
  consensusPartially: string;
  consensusNo: string;
  consensusNone: string;
  disagreements: string;
  legend: string;
  /** Short answer codes of the Matrix, whose columns are narrow; the legend spells them out. */
  matrixCodes: Record<'yes' | 'partially' | 'no' | 'dont_know' | 'not_applicable', string>;
  legendAnswers: Record<'yes' | 'partially' | 'no' | 'dont_know' | 'not_applicable' | 'blank', string>;
  notes: string[];
  id: string;
  indicator: string;
  votes: string;
  consensus: string;
  agreement: string;
  disagreement: string;
  noConsensus: string;
  flagYes: string;
  agencyCode: string;
  agency: string;
  level: string;
  status: string;
  statusSubmitted: string;
  statusMissing: string;
  submittedAtUtc: string;
  channel: string;
  channels: { xlsx: string; form: string };
  answer: string;
  justificationType: string;
  justification: string;
  evidence: string;
  practiceEvidence: string;
  totalEvidence: string;
  unanswered: string;
  highlightsOf: string;
  gaps: string;
  noHighlights: string;
  noGaps: string;
  moreCitations: (n: number) => string;
  noCount: string;
  split: string;
  validated: string;
  finalAnswer: string;
  validationNote: string;
  sources: string;
  findingsStatus: string;
  findingsStatuses: { draft: string; final: string; none: string };
  pickedHighlights: string;
  pickedGaps: string;
  noPicks: string;
  textEn: string;
  textId: string;
}

export const CONSOLIDATED_LABELS: Record<Lang, ConsolidatedLabels> = {
  en: {
    sheets: {
      summary: 'Summary',
      indicators: 'Indicators',
      matrix: 'Matrix',
      responses: 'Responses',
      agencies: 'Agencies',
      highlights: 'Highlights',
      findings: 'Findings',
    },
    title: 'Consolidated assessment',
    assessment: 'Assessment',
    framework: 'Framework',
    generatedAt: 'Generated at (UTC)',
    coverage: 'Coverage',
    registered: 'Registered agencies',
    submitted: 'Agencies that submitted',
    missing: 'Agencies that have not submitted',
    coveragePct: 'Coverage',
    domainScores: 'Domain scores',
    domain: 'Domain',
    domainName: 'Domain name',
    indicatorCount: 'Indicators',
    score: 'Score (0–100)',
    consensusYes: 'Consensus yes',
    consensusPartially: 'Consensus partially',
    consensusNo: 'Consensus no',
    consensusNone: 'No consensus',
    disagreements: 'Disagreements',
    legend: 'Legend',
    matrixCodes: { yes: 'Y', partially: 'P', no: 'N', dont_know: 'DK', not_applicable: 'NA' },
    legendAnswers: {
      yes: 'Yes — the indicator is met',
      partially: 'Partially — met in part',
      no: 'No — not met',
      dont_know: "Don't know — not a vote",
      not_applicable: 'Not applicable — not a vote',
      blank: 'Blank — left unanswered',
    },
    notes: [
      'Counts are over each agency’s current submission. Votes = yes + partially + no.',
      'Consensus: the answer with more than half of the votes; otherwise partially; none without votes.',
      'Agreement: the largest of the yes / partially / no counts divided by the votes.',
      'Disagreement: at least one agency answered yes and at least one answered no.',
      'Score: 100 × mean over indicators with a consensus of yes = 1, partially = 0.5, no = 0.',
      'Highlights: consensus yes, most best-practice evidence first. Gaps: consensus no or partially, most "no" first.',
      'Split: the smaller of the yes and no counts divided by the votes; from 0.2 on the indicator is contested. Final answer: the validated answer, else the consensus.',
    ],
    id: 'ID',
    indicator: 'Indicator',
    votes: 'Votes',
    consensus: 'Consensus',
    agreement: 'Agreement',
    disagreement: 'Disagreement',
    noConsensus: 'None',
    flagYes: 'Yes',
    agencyCode: 'Agency code',
    agency: 'Agency',
    level: 'Level',
    status: 'Status',
    statusSubmitted: 'Submitted',
    statusMissing: 'Not submitted',
    submittedAtUtc: 'Submitted at (UTC)',
    channel: 'Channel',
    channels: { xlsx: 'Excel upload', form: 'Web form' },
    answer: 'Answer',
    justificationType: 'Justification type',
    justification: 'Justification',
    evidence: 'Evidence',
    practiceEvidence: 'Best-practice evidence',
    totalEvidence: 'Total evidence',
    unanswered: 'Unanswered',
    highlightsOf: 'Highlights',
    gaps: 'Gaps',
    noHighlights: 'No indicator of this domain has a consensus of yes.',
    noGaps: 'No indicator of this domain has a consensus of no or partially.',
    moreCitations: (n) => `… and ${n} more justifications (see the Responses sheet)`,
    noCount: '"No" answers',
    split: 'Split',
    validated: 'Validated answer',
    finalAnswer: 'Final answer',
    validationNote: 'Validation note',
    sources: 'Sources',
    findingsStatus: 'Status',
    findingsStatuses: {
      draft: 'Draft',
      final: 'Final',
      none: 'Not picked yet (automatic proposals on the Highlights sheet)',
    },
    pickedHighlights: 'Highlights picked by the focus group',
    pickedGaps: 'Areas for further development',
    noPicks: 'None picked.',
    textEn: 'Text (English)',
    textId: 'Text (Indonesian)',
  },
  id: {
    sheets: {
      summary: 'Ringkasan',
      indicators: 'Indikator',
      matrix: 'Matriks',
      responses: 'Jawaban',
      agencies: 'Instansi',
      highlights: 'Sorotan',
      findings: 'Temuan',
    },
    title: 'Konsolidasi asesmen',
    assessment: 'Asesmen',
    framework: 'Kerangka',
    generatedAt: 'Dibuat pada (UTC)',
    coverage: 'Cakupan',
    registered: 'Instansi terdaftar',
    submitted: 'Instansi yang sudah mengirim',
    missing: 'Instansi yang belum mengirim',
    coveragePct: 'Cakupan',
    domainScores: 'Skor dimensi',
    domain: 'Dimensi',
    domainName: 'Nama dimensi',
    indicatorCount: 'Indikator',
    score: 'Skor (0–100)',
    consensusYes: 'Konsensus ya',
    consensusPartially: 'Konsensus sebagian',
    consensusNo: 'Konsensus tidak',
    consensusNone: 'Tanpa konsensus',
    disagreements: 'Perbedaan pendapat',
    legend: 'Keterangan',
    matrixCodes: { yes: 'Y', partially: 'S', no: 'T', dont_know: 'TT', not_applicable: 'BK' },
    legendAnswers: {
      yes: 'Ya — indikator terpenuhi',
      partially: 'Sebagian — terpenuhi sebagian',
      no: 'Tidak — tidak terpenuhi',
      dont_know: 'Tidak tahu — bukan suara',
      not_applicable: 'Bukan kewenangan — bukan suara',
      blank: 'Kosong — tidak dijawab',
    },
    notes: [
      'Hitungan berdasarkan kiriman terkini setiap instansi. Suara = ya + sebagian + tidak.',
      'Konsensus: jawaban dengan lebih dari separuh suara; jika tidak ada, sebagian; tanpa suara, tidak ada.',
      'Tingkat kesepakatan: jumlah terbesar dari ya / sebagian / tidak dibagi jumlah suara.',
      'Perbedaan pendapat: sedikitnya satu instansi menjawab ya dan satu menjawab tidak.',
      'Skor: 100 × rata-rata indikator berkonsensus dengan ya = 1, sebagian = 0,5, tidak = 0.',
      'Sorotan: konsensus ya, bukti praktik baik terbanyak dahulu. Kesenjangan: konsensus tidak atau sebagian, jawaban "tidak" terbanyak dahulu.',
      'Keterbelahan: jumlah terkecil dari ya dan tidak dibagi jumlah suara; mulai 0,2 indikator diperdebatkan. Jawaban akhir: jawaban tervalidasi, jika tidak ada, konsensus.',
    ],
    id: 'ID',
    indicator: 'Indikator',
    votes: 'Suara',
    consensus: 'Konsensus',
    agreement: 'Tingkat kesepakatan',
    disagreement: 'Perbedaan pendapat',
    noConsensus: 'Tidak ada',
    flagYes: 'Ya',
    agencyCode: 'Kode instansi',
    agency: 'Instansi',
    level: 'Tingkat',
    status: 'Status',
    statusSubmitted: 'Sudah mengirim',
    statusMissing: 'Belum mengirim',
    submittedAtUtc: 'Dikirim pada (UTC)',
    channel: 'Saluran',
    channels: { xlsx: 'Unggah Excel', form: 'Formulir web' },
    answer: 'Jawaban',
    justificationType: 'Jenis justifikasi',
    justification: 'Justifikasi',
    evidence: 'Bukti dukung',
    practiceEvidence: 'Bukti praktik baik',
    totalEvidence: 'Total bukti',
    unanswered: 'Tidak dijawab',
    highlightsOf: 'Sorotan',
    gaps: 'Kesenjangan',
    noHighlights: 'Tidak ada indikator dimensi ini dengan konsensus ya.',
    noGaps: 'Tidak ada indikator dimensi ini dengan konsensus tidak atau sebagian.',
    moreCitations: (n) => `… dan ${n} justifikasi lain (lihat lembar Jawaban)`,
    noCount: 'Jawaban "tidak"',
    split: 'Keterbelahan',
    validated: 'Jawaban tervalidasi',
    finalAnswer: 'Jawaban akhir',
    validationNote: 'Catatan validasi',
    sources: 'Sumber',
    findingsStatus: 'Status',
    findingsStatuses: {
      draft: 'Draf',
      final: 'Final',
      none: 'Belum dipilih (usulan otomatis ada di lembar Sorotan)',
    },
    pickedHighlights: 'Sorotan pilihan diskusi kelompok terarah',
    pickedGaps: 'Area untuk pengembangan lebih lanjut',
    noPicks: 'Belum ada yang dipilih.',
    textEn: 'Teks (bahasa Inggris)',
    textId: 'Teks (bahasa Indonesia)',
  },
};
