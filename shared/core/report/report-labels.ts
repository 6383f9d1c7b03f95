import type { Lang } from '../types.js';

/** Every fixed text of the Word report, in English and Bahasa Indonesia. */
export const REPORT_LABELS = {
  en: {
    docLang: 'en-GB',
    kicker: 'Local Migration Governance Indicators',
    title: 'Local MGI profile: draft report',
    draftNote:
      'Draft generated from the validated assessment for editing. Sections marked “proposed” use automatic proposals: the focus group has not finalised their highlights yet.',
    generated: 'Generated {date}',
    framework: 'Framework: {name} (version {version})',
    introTitle: 'Introduction',
    introText:
      'This report presents the results of the Local Migration Governance Indicators assessment “{name}”. Stakeholder agencies answered each of the {indicators} indicators in {domains} domains with yes, partially or no, and justified their answers with a regulation, a programme or a best practice. The answers were consolidated and discussed in a focus group, which validated the final answers.',
    datesTitle: 'Dates',
    created: 'Assessment opened: {date}',
    deadline: 'Deadline for submissions: {date}',
    noDeadline: 'No deadline was set for submissions.',
    participation: '{submitted} of {registered} registered agencies submitted their answers.',
    colLevel: 'Level',
    colAgencies: 'Agencies',
    glanceTitle: 'Results at a glance',
    glanceText:
      'Scores are 100 × the mean over indicators with an answer (yes 1, partially 0.5, no 0). The final score uses the focus group’s validated answers where there is one, the consensus of the agencies otherwise.',
    chartTitle: 'Domain scores (final, 0–100)',
    chartAlt: 'Bar chart of the final score of each domain; the same figures are in the table below.',
    colDomain: 'Domain',
    colFinal: 'Final score',
    colConsensus: 'Consensus score',
    colIndicators: 'Indicators',
    colMet: 'Met',
    colPartially: 'Partially met',
    colNotMet: 'Not met',
    domainTitle: 'Domain {id}: {name}',
    proposed: 'Proposed',
    proposedNote:
      'Proposed: the focus group has not finalised this domain yet; highlights and areas for further development below are the automatic proposals.',
    countsLine: '{met} met, {partially} partially met, {notMet} not met out of {total} indicators',
    openLine: '; {open} without an answer',
    highlightsTitle: 'Highlights',
    noHighlights: 'No indicator of this domain is met yet.',
    finalAnswer: 'Final answer: {answer}',
    votes: 'Agencies: {yes} yes, {partially} partially, {no} no',
    citedTitle: 'Cited by the agencies:',
    noCitations: 'No agency cited a regulation, programme or practice for this indicator.',
    moreCitations: 'Further justifications not listed here: {count} (see the consolidated workbook).',
    moreAgencies: 'and {count} more',
    gapsTitle: 'Areas for further development',
    noGaps: 'No area for further development was identified in this domain.',
    annexIndicatorsTitle: 'Annex 1: All indicators',
    annexIndicatorsText:
      'Final answer = the focus group’s validated answer, else the consensus of the agencies. Votes: yes / partially / no.',
    colId: 'ID',
    colIndicator: 'Indicator',
    colFinalAnswer: 'Final',
    colConsensusAnswer: 'Consensus',
    colVotes: 'Votes',
    colNote: 'Validation note',
    validatedMark: ' (validated)',
    annexAgenciesTitle: 'Annex 2: Participating agencies',
    colCode: 'Code',
    colName: 'Agency',
    colSubmitted: 'Submitted',
    noParticipants: 'No agency has submitted yet.',
    manyParticipants:
      '{count} agencies took part, listed by level. The Agencies sheet of the consolidated workbook gives each one’s code and submission date.',
    page: 'Page ',
    of: ' of ',
    none: 'no score',
    noAnswer: 'none',
    unknownLevel: 'Not stated',
    regulation: 'Regulation',
    programme: 'Programme',
    practice: 'Best practice',
    untyped: 'Justification',
    evidence: 'Evidence: ',
  },
  id: {
    docLang: 'id-ID',
    kicker: 'Indikator Tata Kelola Migrasi Daerah',
    title: 'Profil MGI Daerah: draf laporan',
    draftNote:
      'Draf yang dibuat dari asesmen tervalidasi untuk disunting. Bagian bertanda “usulan” memakai usulan otomatis: kelompok diskusi terfokus belum memfinalkan sorotannya.',
    generated: 'Dibuat {date}',
    framework: 'Kerangka: {name} (versi {version})',
    introTitle: 'Pendahuluan',
    introText:
      'Laporan ini menyajikan hasil asesmen Indikator Tata Kelola Migrasi Daerah “{name}”. Instansi pemangku kepentingan menjawab setiap indikator dari {indicators} indikator dalam {domains} dimensi dengan ya, sebagian atau tidak, dan mendasarkan jawabannya pada regulasi, program atau praktik baik. Jawaban dikonsolidasikan dan dibahas dalam diskusi kelompok terfokus, yang memvalidasi jawaban akhir.',
    datesTitle: 'Tanggal',
    created: 'Asesmen dibuka: {date}',
    deadline: 'Batas waktu pengiriman: {date}',
    noDeadline: 'Tidak ada batas waktu pengiriman.',
    participation: '{submitted} dari {registered} instansi terdaftar telah mengirimkan jawabannya.',
    colLevel: 'Tingkat',
    colAgencies: 'Instansi',
    glanceTitle: 'Ringkasan hasil',
    glanceText:
      'Skor adalah 100 × rata-rata atas indikator yang memiliki jawaban (ya 1, sebagian 0,5, tidak 0). Skor akhir memakai jawaban yang divalidasi kelompok diskusi terfokus bila ada, selain itu konsensus instansi.',
    chartTitle: 'Skor dimensi (akhir, 0–100)',
    chartAlt: 'Diagram batang skor akhir setiap dimensi; angka yang sama ada dalam tabel di bawah.',
    colDomain: 'Dimensi',
    colFinal: 'Skor akhir',
    colConsensus: 'Skor konsensus',
    colIndicators: 'Indikator',
    colMet: 'Terpenuhi',
    colPartially: 'Sebagian',
    colNotMet: 'Tidak terpenuhi',
    domainTitle: 'Dimensi {id}: {name}',
    proposed: 'Usulan',
    proposedNote:
      'Usulan: kelompok diskusi terfokus belum memfinalkan dimensi ini; sorotan dan area pengembangan di bawah adalah usulan otomatis.',
    countsLine:
      '{met} terpenuhi, {partially} terpenuhi sebagian, {notMet} tidak terpenuhi dari {total} indikator',
    openLine: '; {open} belum ada jawaban',
    highlightsTitle: 'Sorotan',
    noHighlights: 'Belum ada indikator dimensi ini yang terpenuhi.',
    finalAnswer: 'Jawaban akhir: {answer}',
    votes: 'Instansi: {yes} ya, {partially} sebagian, {no} tidak',
    citedTitle: 'Dirujuk oleh instansi:',
    noCitations: 'Tidak ada instansi yang merujuk regulasi, program atau praktik untuk indikator ini.',
    moreCitations: 'Justifikasi lain yang tidak dicantumkan di sini: {count} (lihat buku kerja konsolidasi).',
    moreAgencies: 'dan {count} lainnya',
    gapsTitle: 'Area untuk pengembangan lebih lanjut',
    noGaps: 'Tidak ada area pengembangan lebih lanjut yang teridentifikasi dalam dimensi ini.',
    annexIndicatorsTitle: 'Lampiran 1: Semua indikator',
    annexIndicatorsText:
      'Jawaban akhir = jawaban yang divalidasi kelompok diskusi terfokus, selain itu konsensus instansi. Suara: ya / sebagian / tidak.',
    colId: 'ID',
    colIndicator: 'Indikator',
    colFinalAnswer: 'Akhir',
    colConsensusAnswer: 'Konsensus',
    colVotes: 'Suara',
    colNote: 'Catatan validasi',
    validatedMark: ' (divalidasi)',
    annexAgenciesTitle: 'Lampiran 2: Instansi peserta',
    colCode: 'Kode',
    colName: 'Instansi',
    colSubmitted: 'Dikirim',
    noParticipants: 'Belum ada instansi yang mengirim.',
    manyParticipants:
      '{count} instansi berpartisipasi, diurutkan menurut tingkat. Lembar Instansi pada buku kerja konsolidasi memuat kode dan tanggal pengiriman masing-masing.',
    page: 'Halaman ',
    of: ' dari ',
    none: 'tanpa skor',
    noAnswer: 'tidak ada',
    unknownLevel: 'Tidak disebutkan',
    regulation: 'Regulasi',
    programme: 'Program',
    practice: 'Praktik baik',
    untyped: 'Justifikasi',
    evidence: 'Bukti dukung: ',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ReportLabel = keyof (typeof REPORT_LABELS)['en'];

/** A label in `lang` with its `{placeholders}` filled. */
export function reportLabel(lang: Lang, key: ReportLabel, params: object = {}): string {
  const values = params as Record<string, unknown>;
  return REPORT_LABELS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in values ? String(values[name]) : m,
  );
}

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A date as the report prints it: 5 December 2026 / 5 Desember 2026 (in UTC, as stored). */
export function reportDate(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return DATE_FORMATS[lang].format(date);
}
