import type { Bilingual } from '../types.js';
import type { MandateKind } from './mandates.js';

/** What an agency of a family cites: topics of regulations, its programmes and its practices. */
export interface Material {
  regulationTopics: Bilingual[];
  programmes: Bilingual[];
  practices: Bilingual[];
}

export type MaterialFamily =
  | 'labour'
  | 'health'
  | 'registry'
  | 'planning'
  | 'social'
  | 'disaster'
  | 'legal'
  | 'civil';

export const FAMILY_OF: Record<MandateKind, MaterialFamily> = {
  manpower: 'labour',
  migrant_agency: 'labour',
  one_stop: 'labour',
  social_security: 'labour',
  economy: 'labour',
  health: 'health',
  hospital: 'health',
  ngo_health: 'health',
  civil_registry: 'registry',
  immigration: 'registry',
  planning: 'planning',
  statistics: 'planning',
  academic: 'planning',
  cooperation: 'planning',
  communication: 'planning',
  social: 'social',
  women_children: 'social',
  ngo_children: 'social',
  education: 'social',
  disaster: 'disaster',
  humanitarian: 'disaster',
  legal: 'legal',
  legal_aid: 'legal',
  police: 'legal',
  security: 'legal',
  ngo_rights: 'civil',
};

const b = (id: string, en: string): Bilingual => ({ id, en });

export const MATERIAL: Record<MaterialFamily, Material> = {
  labour: {
    regulationTopics: [
      b('Pelindungan Pekerja Migran Indonesia', 'the Protection of Indonesian Migrant Workers'),
      b('Penyelenggaraan Ketenagakerjaan', 'Manpower Administration'),
      b(
        'Layanan Terpadu Satu Atap Penempatan dan Pelindungan PMI',
        'One-Stop Integrated Services for Migrant Workers',
      ),
    ],
    programmes: [
      b(
        'Program Desa Migran Produktif (Desmigratif)',
        'the Productive Migrant Village programme (Desmigratif)',
      ),
      b(
        'pelatihan berbasis kompetensi di Balai Latihan Kerja',
        'competency-based training at the vocational training centre',
      ),
      b(
        'Orientasi Pra Pemberangkatan (OPP) bagi calon PMI',
        'pre-departure orientation for prospective migrant workers',
      ),
      b('pendampingan wirausaha purna PMI', 'entrepreneurship coaching for returned migrant workers'),
    ],
    practices: [
      b(
        'Petugas antar kerja melakukan sosialisasi migrasi aman keliling desa kantong PMI',
        'Employment officers run safe-migration sessions in villages that send many migrant workers',
      ),
      b(
        'Pendaftaran calon PMI dilayani di LTSA dalam satu hari tanpa biaya',
        'Prospective migrant workers are registered at the one-stop centre within a day, free of charge',
      ),
    ],
  },
  health: {
    regulationTopics: [
      b('Penyelenggaraan Jaminan Kesehatan Daerah', 'the Regional Health Insurance Scheme'),
      b('Pelayanan Kesehatan bagi Penduduk Rentan', 'Health Services for Vulnerable Residents'),
    ],
    programmes: [
      b(
        'pemeriksaan kesehatan calon PMI di puskesmas',
        'health checks for prospective migrant workers at community health centres',
      ),
      b(
        'layanan kesehatan jiwa terpadu bagi purna PMI',
        'integrated mental health care for returned migrant workers',
      ),
    ],
    practices: [
      b(
        'Puskesmas melayani pasien tanpa KTP setempat dengan surat keterangan domisili',
        'Community health centres treat patients without a local ID card on a certificate of residence',
      ),
      b(
        'Rumah sakit menunjuk petugas penghubung untuk pasien purna PMI',
        'Hospitals name a liaison officer for returned migrant workers who are patients',
      ),
    ],
  },
  registry: {
    regulationTopics: [
      b('Penyelenggaraan Administrasi Kependudukan', 'Population Administration'),
      b('Percepatan Kepemilikan Dokumen Kependudukan', 'Faster Issuance of Population Documents'),
    ],
    programmes: [
      b(
        'jemput bola perekaman KTP-el di desa kantong PMI',
        'mobile ID-card registration in villages that send many migrant workers',
      ),
      b(
        'layanan akta kelahiran gratis bagi anak PMI',
        'free birth certificates for children of migrant workers',
      ),
    ],
    practices: [
      b(
        'Dokumen kependudukan calon PMI selesai di hari yang sama tanpa biaya',
        'Population documents for prospective migrant workers are issued the same day at no cost',
      ),
    ],
  },
  planning: {
    regulationTopics: [
      b('Rencana Pembangunan Jangka Menengah Daerah', 'the Regional Medium-Term Development Plan'),
      b('Satu Data Jawa Tengah', 'One Data Central Java'),
    ],
    programmes: [
      b('forum data pekerja migran lintas perangkat daerah', 'a cross-agency data forum on migrant workers'),
      b(
        'kajian dampak remitansi terhadap kesejahteraan rumah tangga',
        'a study of how remittances affect household welfare',
      ),
      b(
        'nota kesepahaman dengan perguruan tinggi tentang riset migrasi',
        'a memorandum of understanding with universities on migration research',
      ),
    ],
    practices: [
      b(
        'Data PMI per desa dimutakhirkan tiap triwulan dan dibagikan ke BP3MI',
        'Village-level migrant-worker data is updated every quarter and shared with BP3MI',
      ),
      b(
        'Hasil evaluasi program migrasi dipublikasikan di portal data provinsi',
        'Evaluation results of migration programmes are published on the provincial data portal',
      ),
    ],
  },
  social: {
    regulationTopics: [
      b('Penyelenggaraan Kesejahteraan Sosial', 'Social Welfare'),
      b(
        'Perlindungan Perempuan dan Anak dari Tindak Kekerasan',
        'Protection of Women and Children against Violence',
      ),
    ],
    programmes: [
      b(
        'layanan UPTD PPA bagi korban kekerasan dan perdagangan orang',
        'the integrated service unit for women and children victims of violence and trafficking',
      ),
      b(
        'pendampingan anak PMI melalui Pusat Pembelajaran Keluarga (Puspaga)',
        'support for children of migrant workers through family learning centres (Puspaga)',
      ),
      b(
        'bantuan sosial bagi keluarga PMI bermasalah',
        'social assistance for families of migrant workers in difficulty',
      ),
    ],
    practices: [
      b(
        'Rumah perlindungan sosial menerima korban TPPO rujukan BP3MI dalam 24 jam',
        'The social protection shelter takes in trafficking victims referred by BP3MI within 24 hours',
      ),
    ],
  },
  disaster: {
    regulationTopics: [
      b('Penyelenggaraan Penanggulangan Bencana', 'Disaster Management'),
      b('Rencana Kontinjensi Bencana Daerah', 'the Regional Disaster Contingency Plan'),
    ],
    programmes: [
      b('Desa Tangguh Bencana (Destana)', 'Disaster-Resilient Villages (Destana)'),
      b(
        'simulasi evakuasi tsunami bersama pekerja musiman di pesisir selatan',
        'tsunami evacuation drills with seasonal workers on the south coast',
      ),
    ],
    practices: [
      b(
        'Peringatan dini disebarkan lewat grup WhatsApp, radio komunitas dan pengeras suara masjid',
        'Early warnings go out through WhatsApp groups, community radio and mosque loudspeakers',
      ),
      b(
        'Posko pengungsian melayani semua warga terdampak tanpa memeriksa KTP',
        'Evacuation posts serve everyone affected without checking ID cards',
      ),
    ],
  },
  legal: {
    regulationTopics: [
      b(
        'Pencegahan dan Penanganan Korban Perdagangan Orang',
        'the Prevention of Trafficking in Persons and Care for Victims',
      ),
      b('Bantuan Hukum bagi Masyarakat Miskin', 'Legal Aid for Poor Residents'),
    ],
    programmes: [
      b(
        'Gugus Tugas Pencegahan dan Penanganan TPPO',
        'the task force for the prevention and handling of trafficking in persons',
      ),
      b('penyuluhan hukum migrasi aman di desa', 'legal awareness sessions on safe migration in villages'),
    ],
    practices: [
      b(
        'Kasus penempatan ilegal ditangani bersama kepolisian, imigrasi dan BP3MI dalam satu tim',
        'Irregular placement cases are handled by one team of police, immigration and BP3MI',
      ),
    ],
  },
  civil: {
    regulationTopics: [
      b('Pelindungan Pekerja Migran Indonesia', 'the Protection of Indonesian Migrant Workers'),
    ],
    programmes: [
      b(
        'paralegal komunitas di desa kantong PMI',
        'community paralegals in villages that send many migrant workers',
      ),
      b('posko pengaduan PMI dan keluarga', 'a complaints desk for migrant workers and their families'),
      b(
        'kelas migrasi aman untuk perempuan calon PMI',
        'safe-migration classes for women who plan to work abroad',
      ),
    ],
    practices: [
      b(
        'Organisasi PMI dilibatkan dalam penyusunan kebijakan daerah melalui konsultasi publik',
        'Migrant-worker organisations are consulted when local policies are drafted',
      ),
      b(
        'Pendampingan kasus dilakukan bersama Disnaker dan BP3MI dengan rujukan tertulis',
        'Cases are followed together with the manpower office and BP3MI through written referrals',
      ),
    ],
  },
};
