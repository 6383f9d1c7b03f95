import type { AgencyLevel } from '../roster/agency-level.js';
import type { Lang } from '../types.js';
import type { MandateKind } from './mandates.js';

/** One agency of the demo assessment. */
export interface DemoAgency {
  code: string;
  name: string;
  level: AgencyLevel;
  kind: MandateKind;
  /** The language the agency works in (template language, justification language). */
  lang: Lang;
  /** District or city, for regulations cited by district offices. */
  place?: string;
}

type Row = [code: string, name: string, level: AgencyLevel, kind: MandateKind, lang?: Lang, place?: string];

// 58 agencies of the kinds that take part in a Central Java Local MGI: provincial offices, vertical
// offices of national agencies, regency and city offices, NGOs, universities and hospitals.
const ROWS: Row[] = [
  ['DISNAKERTRANS', 'Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah', 'provincial', 'manpower'],
  ['DINKES', 'Dinas Kesehatan Provinsi Jawa Tengah', 'provincial', 'health'],
  [
    'DISPERMADESDUKCAPIL',
    'Dinas Pemberdayaan Masyarakat, Desa, Kependudukan dan Pencatatan Sipil Provinsi Jawa Tengah',
    'provincial',
    'civil_registry',
  ],
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah Provinsi Jawa Tengah', 'provincial', 'planning', 'en'],
  ['DINSOS', 'Dinas Sosial Provinsi Jawa Tengah', 'provincial', 'social'],
  ['BPBD', 'Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Jawa Tengah', 'provincial', 'disaster'],
  [
    'DP3AP2KB',
    'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Provinsi Jawa Tengah',
    'provincial',
    'women_children',
  ],
  ['DISDIKBUD', 'Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah', 'provincial', 'education'],
  ['BIRO-HUKUM', 'Biro Hukum Sekretariat Daerah Provinsi Jawa Tengah', 'provincial', 'legal'],
  [
    'BIRO-PEMKS',
    'Biro Pemerintahan, Otonomi Daerah dan Kerja Sama Setda Provinsi Jawa Tengah',
    'provincial',
    'cooperation',
  ],
  ['DISKOMINFO', 'Dinas Komunikasi dan Informatika Provinsi Jawa Tengah', 'provincial', 'communication'],
  [
    'DPMPTSP',
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah',
    'provincial',
    'one_stop',
  ],
  ['KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik Provinsi Jawa Tengah', 'provincial', 'security'],
  ['DINKOPUKM', 'Dinas Koperasi dan Usaha Kecil dan Menengah Provinsi Jawa Tengah', 'provincial', 'economy'],
  ['SATPOLPP', 'Satuan Polisi Pamong Praja Provinsi Jawa Tengah', 'provincial', 'security'],
  ['DPRD-KOMISI-E', 'Komisi E Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah', 'provincial', 'legal'],
  [
    'BP3MI-JATENG',
    'Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Jawa Tengah',
    'national',
    'migrant_agency',
  ],
  ['KANWIL-KUMHAM', 'Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah', 'national', 'legal'],
  ['KANIM-SMG', 'Kantor Imigrasi Kelas I TPI Semarang', 'national', 'immigration', 'en'],
  ['KANIM-CLP', 'Kantor Imigrasi Kelas II TPI Cilacap', 'national', 'immigration'],
  ['POLDA-JATENG', 'Kepolisian Daerah Jawa Tengah', 'national', 'police'],
  ['BPJSTK-JATENG', 'BPJS Ketenagakerjaan Kantor Wilayah Jawa Tengah dan DIY', 'national', 'social_security'],
  ['BPS-JATENG', 'Badan Pusat Statistik Provinsi Jawa Tengah', 'national', 'statistics', 'en'],
  [
    'DISNAKER-CLP',
    'Dinas Tenaga Kerja dan Perindustrian Kabupaten Cilacap',
    'district',
    'manpower',
    'id',
    'Cilacap',
  ],
  [
    'DISNAKER-KDL',
    'Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kendal',
    'district',
    'manpower',
    'id',
    'Kendal',
  ],
  ['DISNAKER-BBS', 'Dinas Tenaga Kerja Kabupaten Brebes', 'district', 'manpower', 'id', 'Brebes'],
  ['DISNAKER-SMG', 'Dinas Tenaga Kerja Kota Semarang', 'district', 'manpower', 'id', 'Kota Semarang'],
  [
    'DISNAKER-BMS',
    'Dinas Tenaga Kerja, Koperasi dan UKM Kabupaten Banyumas',
    'district',
    'manpower',
    'id',
    'Banyumas',
  ],
  [
    'DISNAKER-KBM',
    'Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kebumen',
    'district',
    'manpower',
    'id',
    'Kebumen',
  ],
  [
    'DISNAKER-GBG',
    'Dinas Tenaga Kerja dan Transmigrasi Kabupaten Grobogan',
    'district',
    'manpower',
    'id',
    'Grobogan',
  ],
  ['DISNAKER-PATI', 'Dinas Tenaga Kerja Kabupaten Pati', 'district', 'manpower', 'id', 'Pati'],
  [
    'DISNAKER-WSB',
    'Dinas Tenaga Kerja dan Transmigrasi Kabupaten Wonosobo',
    'district',
    'manpower',
    'id',
    'Wonosobo',
  ],
  ['DISNAKER-SKA', 'Dinas Tenaga Kerja Kota Surakarta', 'district', 'manpower', 'id', 'Kota Surakarta'],
  ['DINKES-CLP', 'Dinas Kesehatan Kabupaten Cilacap', 'district', 'health', 'id', 'Cilacap'],
  ['DINKES-BBS', 'Dinas Kesehatan Kabupaten Brebes', 'district', 'health', 'id', 'Brebes'],
  [
    'DUKCAPIL-KDL',
    'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kendal',
    'district',
    'civil_registry',
    'id',
    'Kendal',
  ],
  [
    'DUKCAPIL-SMG',
    'Dinas Kependudukan dan Pencatatan Sipil Kota Semarang',
    'district',
    'civil_registry',
    'id',
    'Kota Semarang',
  ],
  [
    'DINSOS-CLP',
    'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Cilacap',
    'district',
    'social',
    'id',
    'Cilacap',
  ],
  [
    'DINSOS-BMS',
    'Dinas Sosial dan Pemberdayaan Masyarakat Desa Kabupaten Banyumas',
    'district',
    'social',
    'id',
    'Banyumas',
  ],
  [
    'BPBD-CLP',
    'Badan Penanggulangan Bencana Daerah Kabupaten Cilacap',
    'district',
    'disaster',
    'id',
    'Cilacap',
  ],
  [
    'BPBD-SMG',
    'Badan Penanggulangan Bencana Daerah Kota Semarang',
    'district',
    'disaster',
    'id',
    'Kota Semarang',
  ],
  [
    'BAPPEDA-KDL',
    'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Kendal',
    'district',
    'planning',
    'id',
    'Kendal',
  ],
  [
    'LTSA-CLP',
    'Layanan Terpadu Satu Atap Penempatan dan Pelindungan PMI Kabupaten Cilacap',
    'district',
    'one_stop',
    'id',
    'Cilacap',
  ],
  ['MIGRANTCARE', 'Migrant CARE Jawa Tengah', 'ngo', 'ngo_rights', 'en'],
  ['SBMI-JATENG', 'Serikat Buruh Migran Indonesia (SBMI) Jawa Tengah', 'ngo', 'ngo_rights'],
  ['LBH-SMG', 'Lembaga Bantuan Hukum Semarang', 'ngo', 'legal_aid'],
  [
    'PKBI-JATENG',
    'Perkumpulan Keluarga Berencana Indonesia (PKBI) Daerah Jawa Tengah',
    'ngo',
    'ngo_health',
    'en',
  ],
  ['PMI-JATENG', 'Palang Merah Indonesia Provinsi Jawa Tengah', 'ngo', 'humanitarian', 'en'],
  [
    'LRC-KJHAM',
    'Legal Resources Center untuk Keadilan Jender dan Hak Asasi Manusia (LRC-KJHAM)',
    'ngo',
    'ngo_rights',
  ],
  ['YAYASAN-SETARA', 'Yayasan Setara Semarang', 'ngo', 'ngo_children'],
  ['UNDIP', 'Universitas Diponegoro', 'academic', 'academic', 'en'],
  ['UNNES', 'Universitas Negeri Semarang', 'academic', 'academic'],
  ['UIN-WALISONGO', 'Universitas Islam Negeri Walisongo Semarang', 'academic', 'academic', 'en'],
  ['UNSOED', 'Universitas Jenderal Soedirman', 'academic', 'academic'],
  ['UNS', 'Universitas Sebelas Maret', 'academic', 'academic', 'en'],
  ['RSUP-KARIADI', 'RSUP Dr. Kariadi Semarang', 'national', 'hospital', 'en'],
  ['RSUD-MOEWARDI', 'RSUD Dr. Moewardi Provinsi Jawa Tengah', 'provincial', 'hospital'],
  ['RSUD-CILACAP', 'RSUD Cilacap', 'district', 'hospital', 'id', 'Cilacap'],
];

/** The 58 agencies of the demo assessment `jateng-2026`. */
export const DEMO_AGENCIES: readonly DemoAgency[] = ROWS.map(([code, name, level, kind, lang, place]) => ({
  code,
  name,
  level,
  kind,
  lang: lang ?? 'id',
  ...(place ? { place } : {}),
}));

/** The demo assessment. */
export const DEMO_ASSESSMENT = {
  id: 'jateng-2026',
  name: 'Central Java Local MGI 2026',
  frameworkId: 'local-mgi',
} as const;
