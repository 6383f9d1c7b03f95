import type { ErrorSection } from './error-section.js';

/** Errors of an uploaded file as a whole: its size, type and container (before any cell is read). */
export const uploadErrors = {
  'upload.too_large': {
    status: 413,
    en: 'The file is larger than {limit}. Upload only the filled template.',
    id: 'Berkas lebih besar dari {limit}. Unggah hanya templat yang sudah diisi.',
  },
  'upload.unsupported_media_type': {
    status: 415,
    en: 'Send the .xlsx file as the request body (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) or as the form field "file".',
    id: 'Kirim berkas .xlsx sebagai isi permintaan (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) atau sebagai isian formulir "file".',
  },
  'upload.missing_file': {
    status: 400,
    en: 'The form has no field "file" with the .xlsx workbook.',
    id: 'Formulir tidak memiliki isian "file" berisi buku kerja .xlsx.',
  },
  'upload.invalid': {
    status: 422,
    en: 'Problems found in the workbook: {count}. Nothing was saved. Fix the cells listed and upload it again.',
    id: 'Buku kerja memiliki {count} masalah; tidak ada yang disimpan. Perbaiki sel yang disebutkan lalu unggah kembali.',
  },
  'responses.invalid': {
    status: 422,
    en: 'Problems found in the answers: {count}. Nothing was saved. Fix the fields listed and send them again.',
    id: 'Jawaban memiliki {count} masalah; tidak ada yang disimpan. Perbaiki isian yang disebutkan lalu kirim kembali.',
  },
  'upload.empty': {
    status: 415,
    en: 'The uploaded file is empty. Choose the filled .xlsx template and upload it again.',
    id: 'Berkas yang diunggah kosong. Pilih templat .xlsx yang sudah diisi lalu unggah kembali.',
  },
  'upload.not_a_workbook': {
    status: 415,
    en: 'The file is not an Excel workbook (.xlsx). Upload the .xlsx template you downloaded, not a CSV, PDF or other file. An .ods file (LibreOffice, OpenOffice) or an old .xls file: open it, choose File > Save As, pick the type "Excel 2007-365 (.xlsx)" (in Excel: "Excel Workbook (*.xlsx)") and upload that file.',
    id: 'Berkas ini bukan buku kerja Excel (.xlsx). Unggah templat .xlsx yang Anda unduh, bukan CSV, PDF atau berkas lain. Berkas .ods (LibreOffice, OpenOffice) atau .xls lama: buka berkasnya, pilih File > Save As (Simpan Sebagai), pilih jenis "Excel 2007-365 (.xlsx)" (di Excel: "Excel Workbook (*.xlsx)") lalu unggah berkas tersebut.',
  },
  'upload.encrypted_or_legacy': {
    status: 415,
    en: 'The file is password-protected or an old .xls workbook. Open it, remove the password if it has one, choose File > Save As, pick the type "Excel Workbook (*.xlsx)" and upload that file.',
    id: 'Berkas dilindungi kata sandi atau berformat .xls lama. Buka berkasnya, hapus kata sandi bila ada, pilih File > Save As (Simpan Sebagai), pilih jenis "Excel Workbook (*.xlsx)" lalu unggah berkas tersebut.',
  },
  'upload.macros': {
    status: 415,
    en: 'The workbook contains macros. Save it as a normal .xlsx workbook (without macros) and upload it again.',
    id: 'Buku kerja berisi makro. Simpan sebagai buku kerja .xlsx biasa (tanpa makro) lalu unggah kembali.',
  },
  'upload.corrupt_zip': {
    status: 422,
    en: 'The .xlsx file is damaged and cannot be read. Open it in your spreadsheet program, save it again as .xlsx and upload it again.',
    id: 'Berkas .xlsx rusak dan tidak dapat dibaca. Buka di program lembar kerja Anda, simpan ulang sebagai .xlsx lalu unggah kembali.',
  },
  'upload.too_many_entries': {
    status: 422,
    en: 'The workbook has too many internal parts (more than 500). Upload the template without extra sheets, images or attachments.',
    id: 'Buku kerja memiliki terlalu banyak bagian internal (lebih dari 500). Unggah templat tanpa lembar, gambar atau lampiran tambahan.',
  },
  'upload.unsafe_entry_name': {
    status: 422,
    en: 'The workbook contains an internal part with an unsafe or duplicated name. Save it again as .xlsx from your spreadsheet program and upload it again.',
    id: 'Buku kerja berisi bagian internal dengan nama yang tidak aman atau ganda. Simpan ulang sebagai .xlsx dari program lembar kerja Anda lalu unggah kembali.',
  },
  'upload.xml_entities': {
    status: 422,
    en: 'The workbook contains XML declarations (DOCTYPE or ENTITY) that are not allowed. Save it again as .xlsx from your spreadsheet program and upload it again.',
    id: 'Buku kerja berisi deklarasi XML (DOCTYPE atau ENTITY) yang tidak diizinkan. Simpan ulang sebagai .xlsx dari program lembar kerja Anda lalu unggah kembali.',
  },
  'upload.zip_bomb': {
    status: 413,
    en: 'The workbook unpacks to far more data than a filled template (over 50 MB, or a part compressed more than 100:1). Upload the template with only your answers.',
    id: 'Buku kerja membuka data jauh lebih besar daripada templat yang diisi (lebih dari 50 MB, atau bagian yang dimampatkan lebih dari 100:1). Unggah templat yang hanya berisi jawaban Anda.',
  },
  'upload.too_many_rows': {
    status: 422,
    en: 'A sheet of this workbook has more than {rows} rows or {cells} cells; the template has far fewer. Copy your answers into a fresh template.',
    id: 'Salah satu lembar berkas ini memiliki lebih dari {rows} baris atau {cells} sel; templat jauh lebih sedikit. Salin jawaban Anda ke templat baru.',
  },
  'upload.multiple_files': {
    status: 400,
    en: 'The form sends {count} fields "file"; send exactly one .xlsx workbook per upload.',
    id: 'Formulir mengirim {count} isian "file"; kirim tepat satu buku kerja .xlsx per unggahan.',
  },
  'upload.too_complex': {
    status: 422,
    en: 'This workbook holds far more XML elements than a filled template (over {limit} in {part}), more than the service opens. Copy your answers into a fresh template and upload it.',
    id: 'Buku kerja ini berisi elemen XML jauh lebih banyak daripada templat yang diisi (lebih dari {limit} di {part}), melebihi batas yang dibuka layanan. Salin jawaban Anda ke templat baru lalu unggah.',
  },
  'upload.busy': {
    status: 429,
    en: 'Your agency already has {limit} uploads being checked. Wait {seconds} seconds and upload again.',
    id: 'Instansi Anda sudah memiliki {limit} unggahan yang sedang diperiksa. Tunggu {seconds} detik lalu unggah lagi.',
  },
  'upload.unreadable': {
    status: 422,
    en: 'The workbook could not be read. Open it in a spreadsheet program, save it as .xlsx and upload again.',
    id: 'Berkas tidak dapat dibaca. Buka di program lembar kerja, simpan sebagai .xlsx, lalu unggah lagi.',
  },
} as const satisfies ErrorSection;
