import type { ErrorSection } from './error-section.js';

/** Agency records (contacts, disable), roster contact cells, reminders and mail. */
export const agenciesOpsErrors = {
  'agency.exists': {
    status: 409,
    en: 'Agency {code} is already registered in this assessment. To change it, use "Edit" on its row; nothing was changed.',
    id: 'Instansi {code} sudah terdaftar dalam asesmen ini. Untuk mengubahnya, gunakan "Ubah" pada barisnya; tidak ada yang diubah.',
  },
  'agency.invalid': {
    status: 422,
    en: "The agency's details are not valid; see the issues for each field.",
    id: 'Data instansi tidak valid; lihat rincian masalah untuk setiap isian.',
  },
  'agency.conflict': {
    status: 409,
    en: 'Someone else changed agency {code} meanwhile (now version {current}). Read its current details and try again.',
    id: 'Orang lain telah mengubah instansi {code} sementara itu (kini versi {current}). Baca datanya yang terkini lalu coba lagi.',
  },
  'agency.disabled': {
    status: 409,
    en: 'Agency {code} is disabled. Enable it first.',
    id: 'Instansi {code} dinonaktifkan. Aktifkan terlebih dahulu.',
  },
  'agency.email_invalid': {
    status: 422,
    en: '"{value}" is not an e-mail address. Write it as name@example.go.id.',
    id: '"{value}" bukan alamat e-mail. Tuliskan seperti nama@contoh.go.id.',
  },
  'agency.phone_invalid': {
    status: 422,
    en: '"{value}" is not a phone number. Use 6 to 20 digits, with spaces, +, - or parentheses if you like (e.g. +62 24 3511 234).',
    id: '"{value}" bukan nomor telepon. Gunakan 6 sampai 20 angka, boleh dengan spasi, +, - atau tanda kurung (mis. +62 24 3511 234).',
  },
  'agency.contact_too_long': {
    status: 422,
    en: 'The contact name is longer than {max} characters. Shorten it.',
    id: 'Nama narahubung lebih dari {max} karakter. Persingkat nama tersebut.',
  },
  'roster.email_invalid': {
    status: 422,
    en: 'Row {row}: "{value}" is not an e-mail address. Write it as name@example.go.id or leave the cell empty; this row was skipped.',
    id: 'Baris {row}: "{value}" bukan alamat e-mail. Tuliskan seperti nama@contoh.go.id atau kosongkan selnya; baris ini dilewati.',
  },
  'roster.phone_invalid': {
    status: 422,
    en: 'Row {row}: "{value}" is not a phone number. Use 6 to 20 digits, with spaces, +, - or parentheses, or leave the cell empty; this row was skipped.',
    id: 'Baris {row}: "{value}" bukan nomor telepon. Gunakan 6 sampai 20 angka, boleh dengan spasi, +, - atau tanda kurung, atau kosongkan selnya; baris ini dilewati.',
  },
  'roster.contact_too_long': {
    status: 422,
    en: 'Row {row}: the contact name is longer than {max} characters. Shorten it; this row was skipped.',
    id: 'Baris {row}: nama narahubung lebih dari {max} karakter. Persingkat; baris ini dilewati.',
  },
  'reminder.agency_unknown': {
    status: 422,
    en: 'Agency {code} is not registered in this assessment.',
    id: 'Instansi {code} tidak terdaftar dalam asesmen ini.',
  },
  'reminder.agency_disabled': {
    status: 422,
    en: 'Agency {code} is disabled: it gets no reminders.',
    id: 'Instansi {code} dinonaktifkan: instansi ini tidak dikirimi pengingat.',
  },
  'reminder.invalid': {
    status: 422,
    en: 'No reminder was sent: see the issues for each agency.',
    id: 'Tidak ada pengingat yang dikirim: lihat rincian masalah untuk setiap instansi.',
  },
  'mail.send_failed': {
    status: 502,
    en: 'The e-mail could not be sent through {transport}: {reason}',
    id: 'E-mail tidak dapat dikirim melalui {transport}: {reason}',
  },
} as const satisfies ErrorSection;
