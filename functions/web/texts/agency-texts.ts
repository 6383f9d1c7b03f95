/** Texts of the agency pages. */
import type { Bilingual } from '../../../shared/core/types.js';

export const AGENCY_TEXTS = {
  navHome: { en: 'Status', id: 'Status' },
  navUpload: { en: 'Upload a file', id: 'Unggah berkas' },
  navForm: { en: 'Web form', id: 'Formulir web' },
  navHistory: { en: 'History', id: 'Riwayat' },
  homeTitle: { en: '{agency}', id: '{agency}' },
  homeIntro: {
    en: 'Assessment: {assessment}. Answer the {count} indicators in the Excel template (offline) or in the web form; the latest accepted submission counts.',
    id: 'Asesmen: {assessment}. Jawab {count} indikator di templat Excel (luring) atau di formulir web; kiriman terakhir yang diterima yang dihitung.',
  },
  statusTitle: { en: 'Your status', id: 'Status Anda' },
  statusNone: {
    en: 'Nothing submitted yet.',
    id: 'Belum ada kiriman.',
  },
  statusSubmitted: {
    en: 'Submitted on {when} via {channel}: {answered} of {total} indicators answered.',
    id: 'Dikirim pada {when} melalui {channel}: {answered} dari {total} indikator dijawab.',
  },
  channel_xlsx: { en: 'Excel upload', id: 'unggahan Excel' },
  channel_form: { en: 'web form', id: 'formulir web' },
  templateTitle: { en: 'Excel template', id: 'Templat Excel' },
  templateIntro: {
    en: 'Download your template, fill it in any spreadsheet program, then upload it. After a submission it comes pre-filled with your current answers.',
    id: 'Unduh templat Anda, isi dengan program lembar kerja apa pun, lalu unggah. Setelah ada kiriman, templat sudah terisi dengan jawaban Anda saat ini.',
  },
  templateEn: { en: 'Download the template (English)', id: 'Unduh templat (Bahasa Inggris)' },
  templateId: { en: 'Download the template (Bahasa Indonesia)', id: 'Unduh templat (Bahasa Indonesia)' },
  uploadTitle: { en: 'Upload your filled template', id: 'Unggah templat yang sudah diisi' },
  uploadIntro: {
    en: 'The file is checked at once. If anything is wrong, nothing is saved and you see every problem with its cell.',
    id: 'Berkas langsung diperiksa. Jika ada yang salah, tidak ada yang disimpan dan Anda melihat setiap masalah beserta selnya.',
  },
  fileLabel: { en: 'Filled template (.xlsx)', id: 'Templat yang sudah diisi (.xlsx)' },
  uploadButton: { en: 'Upload and check', id: 'Unggah dan periksa' },
  rejectedTitle: { en: 'The file was not accepted', id: 'Berkas tidak diterima' },
  issuesCaption: {
    en: 'Problems to fix ({shown} of {total})',
    id: 'Masalah yang harus diperbaiki ({shown} dari {total})',
  },
  colSheet: { en: 'Sheet', id: 'Lembar' },
  colCell: { en: 'Cell', id: 'Sel' },
  colIndicator: { en: 'Indicator', id: 'Indikator' },
  colWhat: { en: 'What to do', id: 'Yang perlu dilakukan' },
  annotatedLink: {
    en: 'Download your file with the problem cells marked in red (a note on each)',
    id: 'Unduh berkas Anda dengan sel bermasalah ditandai merah (ada catatan di tiap sel)',
  },
  annotatedHint: {
    en: 'Fix the marked cells in that file (or in your own copy) and upload it again.',
    id: 'Perbaiki sel yang ditandai di berkas itu (atau di salinan Anda sendiri) lalu unggah kembali.',
  },
  resultTitle: { en: 'Submission received', id: 'Kiriman diterima' },
  resultNew: {
    en: 'Thank you. Your answers are saved and are now your current submission.',
    id: 'Terima kasih. Jawaban Anda tersimpan dan kini menjadi kiriman terkini Anda.',
  },
  resultSame: {
    en: 'This exact file was already accepted earlier; nothing changed.',
    id: 'Berkas yang sama persis sudah diterima sebelumnya; tidak ada yang berubah.',
  },
  countsCaption: { en: 'Answers', id: 'Jawaban' },
  unanswered: { en: 'Unanswered', id: 'Tidak dijawab' },
  warningsTitle: { en: 'Warnings ({count})', id: 'Peringatan ({count})' },
  warningsNone: { en: 'No warnings.', id: 'Tidak ada peringatan.' },
  submissionDetails: { en: 'Received {when} via {channel}', id: 'Diterima {when} melalui {channel}' },
  historyTitle: { en: 'Submission history', id: 'Riwayat kiriman' },
  historyEmpty: { en: 'No submissions yet.', id: 'Belum ada kiriman.' },
  colReceived: { en: 'Received', id: 'Diterima' },
  colChannel: { en: 'Channel', id: 'Saluran' },
  colAnswered: { en: 'Answered', id: 'Dijawab' },
  colWarnings: { en: 'Warnings', id: 'Peringatan' },
  colCurrent: { en: 'Current', id: 'Terkini' },
  view: { en: 'View', id: 'Lihat' },
  formTitle: { en: 'Web form', id: 'Formulir web' },
  formIntro: {
    en: 'Answer each indicator. Yes and Partially need a justification type and a justification of at least 10 characters. Blank answers count as unanswered.',
    id: 'Jawab setiap indikator. Jawaban Ya dan Sebagian memerlukan jenis justifikasi dan justifikasi minimal 10 karakter. Jawaban kosong dihitung tidak dijawab.',
  },
  formPrefilled: {
    en: 'The form shows your current answers.',
    id: 'Formulir menampilkan jawaban Anda saat ini.',
  },
  formErrors: {
    en: 'Nothing was saved: {count} problem(s). They are marked next to each field below.',
    id: 'Tidak ada yang disimpan: {count} masalah. Masalah ditandai di samping setiap isian di bawah.',
  },
  answerLegend: { en: 'Answer', id: 'Jawaban' },
  noAnswer: { en: 'No answer yet', id: 'Belum dijawab' },
  typeLabel: { en: 'Justification type', id: 'Jenis justifikasi' },
  typeNone: { en: '— choose —', id: '— pilih —' },
  justificationLabel: { en: 'Justification', id: 'Justifikasi' },
  evidenceLabel: {
    en: 'Evidence (document title, number, link)',
    id: 'Bukti dukung (judul dokumen, nomor, tautan)',
  },
  submitForm: { en: 'Submit my answers', id: 'Kirim jawaban saya' },
  downloadAgain: { en: 'Download the template again', id: 'Unduh templat lagi' },
} satisfies Record<string, Bilingual>;

export type AgencyKey = keyof typeof AGENCY_TEXTS;
