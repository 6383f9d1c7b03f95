/** Texts of the shared page parts: the score chart, its legend and table, table regions, forms. */
import type { Bilingual } from '../../../shared/core/types.js';

export const LAYOUT_TEXTS = {
  chartTitle: { en: 'Domain scores, 0 to 100', id: 'Skor dimensi, 0 sampai 100' },
  legendTitle: { en: 'Colours', id: 'Warna' },
  bandLow: { en: 'red: below 40 (weak)', id: 'merah: di bawah 40 (lemah)' },
  bandMid: { en: 'amber: 40 to below 70 (partial)', id: 'kuning: 40 sampai di bawah 70 (sebagian)' },
  bandHigh: { en: 'green: 70 or more (strong)', id: 'hijau: 70 ke atas (kuat)' },
  bandLowShort: { en: 'weak', id: 'lemah' },
  bandMidShort: { en: 'partial', id: 'sebagian' },
  bandHighShort: { en: 'strong', id: 'kuat' },
  scoreNone: { en: 'no answers yet', id: 'belum ada jawaban' },
  chartTableSummary: { en: 'Show the scores as a table', id: 'Tampilkan skor sebagai tabel' },
  chartTableCaption: { en: 'Domain scores (0 to 100)', id: 'Skor dimensi (0 sampai 100)' },
  colDomain: { en: 'Domain', id: 'Dimensi' },
  colScore: { en: 'Score', id: 'Skor' },
  colBand: { en: 'Band', id: 'Kategori' },
  problemsOne: {
    en: 'There is 1 problem. Fix it and submit again; nothing was saved.',
    id: 'Ada 1 masalah. Perbaiki lalu kirim lagi; belum ada yang disimpan.',
  },
  problemsMany: {
    en: 'There are {count} problems. Fix them and submit again; nothing was saved.',
    id: 'Ada {count} masalah. Perbaiki lalu kirim lagi; belum ada yang disimpan.',
  },
  formDomainsNav: { en: 'Domains of the form', id: 'Dimensi formulir' },
  formProgressAll: {
    en: '{answered} of {total} indicators answered',
    id: '{answered} dari {total} indikator dijawab',
  },
  formDomainProgress: { en: '{answered} of {total} answered', id: '{answered} dari {total} dijawab' },
  formDomainListLink: { en: 'Back to the list of domains', id: 'Kembali ke daftar dimensi' },
  formErrorLinksTitle: { en: 'Go to each problem:', id: 'Menuju setiap masalah:' },
  draftButton: { en: 'Save draft', id: 'Simpan draf' },
  draftHint: {
    en: 'A draft keeps what you typed on the server so you can continue later, on any device signed in as your agency. It is not a submission: the coordinator sees it only after you submit.',
    id: 'Draf menyimpan isian Anda di server sehingga Anda dapat melanjutkan nanti, di perangkat mana pun yang masuk sebagai instansi Anda. Draf bukan kiriman: koordinator baru melihatnya setelah Anda mengirim.',
  },
  draftSaved: {
    en: 'Draft saved on {when}. Nothing is submitted yet.',
    id: 'Draf disimpan pada {when}. Belum ada yang dikirim.',
  },
  draftShown: {
    en: 'The form shows your draft of {when}, not your submitted answers. Submit it when it is ready.',
    id: 'Formulir menampilkan draf Anda dari {when}, bukan jawaban yang sudah dikirim. Kirim bila sudah siap.',
  },
  draftDiscard: { en: 'Discard the draft', id: 'Buang draf' },
  draftDiscarded: {
    en: 'The draft is discarded; the form shows your submitted answers.',
    id: 'Draf dibuang; formulir menampilkan jawaban yang sudah dikirim.',
  },
  receiptTitle: { en: 'Receipt of your answers', id: 'Tanda terima jawaban Anda' },
  receiptIntro: {
    en: "The answers of this submission exactly as the service stored them. Print this page (your browser's Print, Ctrl+P) or save it as PDF as your receipt.",
    id: 'Jawaban kiriman ini persis seperti yang disimpan layanan. Cetak halaman ini (menu Cetak peramban, Ctrl+P) atau simpan sebagai PDF sebagai tanda terima Anda.',
  },
  receiptFacts: { en: 'Submission', id: 'Kiriman' },
  receiptAgency: { en: 'Agency', id: 'Instansi' },
  receiptAssessment: { en: 'Assessment', id: 'Asesmen' },
  receiptId: { en: 'Submission id', id: 'Nomor kiriman' },
  receiptWhen: { en: 'Received', id: 'Diterima' },
  receiptChannel: { en: 'Channel', id: 'Saluran' },
  receiptSha: { en: 'SHA-256 of what was sent', id: 'SHA-256 dari yang dikirim' },
  receiptAnswered: { en: 'Answered', id: 'Dijawab' },
  receiptAnsweredValue: { en: '{answered} of {total} indicators', id: '{answered} dari {total} indikator' },
  receiptCurrent: {
    en: 'This is your current submission (the one that counts).',
    id: 'Ini kiriman Anda saat ini (yang dihitung).',
  },
  receiptOlder: {
    en: 'A later submission replaced this one; this receipt shows what you sent then.',
    id: 'Kiriman yang lebih baru menggantikan kiriman ini; tanda terima ini menunjukkan yang Anda kirim saat itu.',
  },
  receiptAnswer: { en: 'Answer', id: 'Jawaban' },
  receiptType: { en: 'Justification type', id: 'Jenis justifikasi' },
  receiptJustification: { en: 'Justification', id: 'Justifikasi' },
  receiptEvidence: { en: 'Evidence or source', id: 'Bukti atau sumber' },
  receiptUnanswered: { en: 'not answered', id: 'tidak dijawab' },
  receiptLink: { en: 'Answers and receipt', id: 'Jawaban dan tanda terima' },
  disagreementsShow: {
    en: 'Show the {count} indicators with Yes and No answers',
    id: 'Tampilkan {count} indikator dengan jawaban Ya dan Tidak',
  },
  contestedLine: {
    en: 'Contested (at least one in five votes on the minority side of Yes against No): {count} of {total} indicators; the focus group discusses them first.',
    id: 'Diperdebatkan (sedikitnya satu dari lima suara di sisi minoritas Ya lawan Tidak): {count} dari {total} indikator; diskusi kelompok terarah membahasnya lebih dulu.',
  },
} as const satisfies Record<string, Bilingual>;
