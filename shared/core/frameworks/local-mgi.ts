import type { Framework } from '../framework.js';
import type { Bilingual } from '../types.js';

/**
 * The default framework: six domains, 76 indicators about local (provincial and district) migration
 * governance. Texts are our own wording of local-government policy themes, not IOM's official text.
 */

type Row = [id: string, en: string, idText: string, guidance?: Bilingual];

const DOMAINS: Framework['domains'] = [
  { id: '1', name: { en: "Migrants' rights", id: 'Hak-hak migran' } },
  { id: '2', name: { en: 'Whole-of-government approach', id: 'Pendekatan seluruh pemerintahan' } },
  { id: '3', name: { en: 'Partnerships', id: 'Kemitraan' } },
  { id: '4', name: { en: 'Well-being of migrants', id: 'Kesejahteraan migran' } },
  { id: '5', name: { en: 'Mobility dimensions of crises', id: 'Dimensi mobilitas dalam krisis' } },
  {
    id: '6',
    name: { en: 'Safe, orderly and regular migration', id: 'Migrasi yang aman, tertib dan teratur' },
  },
];

const RIGHTS: Row[] = [
  [
    '1.01',
    'Migrants, whatever their status, can use community health centres and regional hospitals on the same terms as local residents.',
    'Migran, apa pun statusnya, dapat berobat di puskesmas dan rumah sakit daerah dengan ketentuan yang sama seperti penduduk setempat.',
    {
      en: 'Cite the regulation or circular that sets the terms, or the programme that covers migrants without local ID.',
      id: 'Sebutkan peraturan atau surat edaran yang mengatur ketentuannya, atau program yang menjangkau migran tanpa KTP setempat.',
    },
  ],
  [
    '1.02',
    'Children of migrants and of migrant workers can enrol in local public schools even when they lack local identity documents.',
    'Anak migran dan anak pekerja migran dapat mendaftar di sekolah negeri setempat meskipun belum memiliki dokumen kependudukan setempat.',
  ],
  [
    '1.03',
    'The civil registry office actively helps migrant workers and their families obtain identity cards, family cards and birth certificates.',
    'Dinas kependudukan dan pencatatan sipil secara aktif membantu pekerja migran dan keluarganya memperoleh KTP, kartu keluarga dan akta kelahiran.',
  ],
  [
    '1.04',
    'The local government funds or arranges free legal aid for migrant workers and their families in disputes with recruiters or employers.',
    'Pemerintah daerah mendanai atau memfasilitasi bantuan hukum gratis bagi pekerja migran dan keluarganya dalam sengketa dengan perusahaan penempatan atau pemberi kerja.',
  ],
  [
    '1.05',
    'Migrant workers and their families can file complaints through a local channel that has a published response time.',
    'Pekerja migran dan keluarganya dapat menyampaikan pengaduan melalui saluran daerah yang memiliki batas waktu tanggapan yang diumumkan.',
  ],
  [
    '1.06',
    'The local government helps migrant workers from the region and their families join the national social security schemes.',
    'Pemerintah daerah membantu pekerja migran asal daerah dan keluarganya menjadi peserta program jaminan sosial nasional.',
  ],
  [
    '1.07',
    'Families left behind by migrant workers can access local social assistance on the same basis as other households.',
    'Keluarga pekerja migran yang ditinggalkan dapat mengakses bantuan sosial daerah dengan dasar yang sama seperti rumah tangga lain.',
  ],
  [
    '1.08',
    'A local rule forbids discrimination based on migration status or place of origin in local public services.',
    'Terdapat aturan daerah yang melarang diskriminasi berdasarkan status migrasi atau daerah asal dalam layanan publik daerah.',
  ],
  [
    '1.09',
    'Local programmes address the particular risks faced by women migrant workers, including gender-based violence.',
    'Program daerah menangani risiko khusus yang dihadapi pekerja migran perempuan, termasuk kekerasan berbasis gender.',
  ],
  [
    '1.10',
    'The local government runs a programme to protect and support children whose parents work away from home.',
    'Pemerintah daerah menjalankan program perlindungan dan pendampingan bagi anak yang orang tuanya bekerja jauh dari rumah.',
  ],
  [
    '1.11',
    'Victims of trafficking, including returning migrant workers, receive shelter, medical care and counselling from a local integrated service unit.',
    'Korban perdagangan orang, termasuk pekerja migran yang pulang, memperoleh rumah aman, layanan kesehatan dan konseling dari unit layanan terpadu daerah.',
    {
      en: 'For example the regional unit for the protection of women and children.',
      id: 'Misalnya UPTD Perlindungan Perempuan dan Anak.',
    },
  ],
  [
    '1.12',
    'A local task force against trafficking in persons exists, has a work plan and meets regularly.',
    'Gugus tugas pencegahan dan penanganan tindak pidana perdagangan orang di daerah sudah dibentuk, memiliki rencana kerja dan rutin bertemu.',
  ],
  [
    '1.13',
    "Information on migrants' rights and local services is published in languages and formats that migrants understand.",
    'Informasi tentang hak migran dan layanan daerah disebarkan dalam bahasa dan bentuk yang dipahami para migran.',
  ],
  [
    '1.14',
    'The local manpower office inspects workplaces that employ workers from other regions or abroad and acts on breaches of labour rights.',
    'Dinas tenaga kerja daerah memeriksa tempat kerja yang mempekerjakan pekerja dari daerah lain atau luar negeri dan menindak pelanggaran hak pekerja.',
  ],
];

const GOVERNMENT: Row[] = [
  [
    '2.01',
    'A provincial or district regulation on the protection of migrant workers is in force.',
    'Peraturan daerah provinsi atau kabupaten/kota tentang pelindungan pekerja migran sudah berlaku.',
    {
      en: 'Give the number and year of the regulation.',
      id: 'Sebutkan nomor dan tahun peraturan daerahnya.',
    },
  ],
  [
    '2.02',
    'The local government has adopted a migration strategy or action plan with measurable targets.',
    'Pemerintah daerah telah menetapkan strategi atau rencana aksi migrasi dengan target yang terukur.',
  ],
  [
    '2.03',
    'A named unit of the local government is responsible for the protection of migrant workers.',
    'Ada unit tertentu di pemerintah daerah yang bertanggung jawab atas pelindungan pekerja migran.',
  ],
  [
    '2.04',
    'A coordination team of local agencies (manpower, social affairs, health, civil registry, police) meets regularly on migration issues.',
    'Tim koordinasi lintas perangkat daerah (tenaga kerja, sosial, kesehatan, kependudukan, kepolisian) rutin bertemu membahas isu migrasi.',
  ],
  [
    '2.05',
    'Protection of migrant workers is part of the regional medium-term development plan and the annual work plans.',
    'Pelindungan pekerja migran tercantum dalam rencana pembangunan jangka menengah daerah dan rencana kerja tahunan.',
  ],
  [
    '2.06',
    'The regional budget has a dedicated line for migrant-worker protection and it is spent as planned.',
    'Anggaran daerah memiliki pos khusus untuk pelindungan pekerja migran dan digunakan sesuai rencana.',
  ],
  [
    '2.07',
    'A one-stop service centre for the placement and protection of migrant workers operates in the region.',
    'Layanan terpadu satu atap untuk penempatan dan pelindungan pekerja migran beroperasi di daerah.',
  ],
  [
    '2.08',
    'Village governments have a defined role in protecting migrant workers, for example village rules or a village record of residents working abroad.',
    'Pemerintah desa memiliki peran yang jelas dalam pelindungan pekerja migran, misalnya peraturan desa atau pencatatan warga desa yang bekerja di luar negeri.',
  ],
  [
    '2.09',
    'The local government keeps up-to-date data on residents working abroad, broken down by sex, age, destination and sector.',
    'Pemerintah daerah memiliki data terkini tentang warga yang bekerja di luar negeri, terpilah menurut jenis kelamin, usia, negara tujuan dan sektor.',
  ],
  [
    '2.10',
    'Data on migrant workers is shared between local agencies and with the national migrant-worker agency, with personal data protected.',
    'Data pekerja migran dibagikan antarperangkat daerah dan dengan badan pelindungan pekerja migran nasional, dengan tetap melindungi data pribadi.',
  ],
  [
    '2.11',
    "Local officials who serve migrants are trained on migrants' rights and on the procedures that apply to them.",
    'Aparatur daerah yang melayani migran mendapat pelatihan tentang hak migran dan prosedur yang berlaku bagi mereka.',
  ],
  [
    '2.12',
    'The local government supervises the branch offices of recruitment agencies operating in the region.',
    'Pemerintah daerah mengawasi kantor cabang perusahaan penempatan pekerja migran yang beroperasi di daerah.',
  ],
  [
    '2.13',
    'Procedures for working abroad legally are published at service counters and online by the local government.',
    'Prosedur bekerja ke luar negeri secara resmi diumumkan oleh pemerintah daerah di loket layanan dan secara daring.',
  ],
  [
    '2.14',
    'The local government evaluates its migration programmes and makes the results public.',
    'Pemerintah daerah mengevaluasi program-program migrasinya dan mengumumkan hasilnya kepada publik.',
  ],
  [
    '2.15',
    'Newcomers from other regions can register as residents through a simple procedure with clear requirements.',
    'Pendatang dari daerah lain dapat mendaftar sebagai penduduk melalui prosedur sederhana dengan persyaratan yang jelas.',
  ],
  [
    '2.16',
    'Fees for local documents needed to migrate are published, and services are free of unofficial charges.',
    'Biaya dokumen daerah yang diperlukan untuk bermigrasi diumumkan, dan layanan bebas dari pungutan tidak resmi.',
  ],
];

const PARTNERSHIPS: Row[] = [
  [
    '3.01',
    'The local government has a written cooperation agreement or joint work plan with the national migrant-worker protection agency.',
    'Pemerintah daerah memiliki perjanjian kerja sama tertulis atau rencana kerja bersama dengan badan pelindungan pekerja migran nasional.',
  ],
  [
    '3.02',
    'The local government cooperates with other provinces or districts on recruitment, protection and return of migrant workers.',
    'Pemerintah daerah bekerja sama dengan provinsi atau kabupaten/kota lain dalam perekrutan, pelindungan dan pemulangan pekerja migran.',
  ],
  [
    '3.03',
    'Civil society organisations and migrant-worker associations take part in delivering local services to migrants.',
    'Organisasi masyarakat sipil dan serikat atau paguyuban pekerja migran ikut serta dalam memberikan layanan daerah kepada migran.',
  ],
  [
    '3.04',
    'The local government works with universities or research institutes on migration data and studies.',
    'Pemerintah daerah bekerja sama dengan perguruan tinggi atau lembaga penelitian dalam data dan kajian migrasi.',
  ],
  [
    '3.05',
    'The local government partners with employers, banks or licensed recruiters on fair recruitment or financial services for migrants.',
    'Pemerintah daerah bermitra dengan pemberi kerja, bank atau perusahaan penempatan resmi dalam perekrutan yang adil atau layanan keuangan bagi migran.',
  ],
  [
    '3.06',
    'The local government cooperates with international organisations on local migration programmes.',
    'Pemerintah daerah bekerja sama dengan organisasi internasional dalam program migrasi di daerah.',
  ],
  [
    '3.07',
    'Migrants and returnees are consulted when local policies that affect them are prepared.',
    'Migran dan purna pekerja migran diajak berkonsultasi ketika kebijakan daerah yang menyangkut mereka disusun.',
  ],
  [
    '3.08',
    'The local government keeps in touch with associations of its residents living abroad, for example on investment or knowledge sharing.',
    'Pemerintah daerah menjalin hubungan dengan perkumpulan warganya yang tinggal di luar negeri, misalnya untuk investasi atau berbagi pengetahuan.',
  ],
  [
    '3.09',
    'The local government works through the national authorities with Indonesian missions abroad to help residents in difficulty there.',
    'Pemerintah daerah bekerja sama, melalui instansi pusat, dengan perwakilan RI di luar negeri untuk membantu warganya yang mengalami masalah di sana.',
  ],
  [
    '3.10',
    'Religious and community leaders are engaged to spread safe-migration information in villages.',
    'Tokoh agama dan tokoh masyarakat dilibatkan untuk menyebarkan informasi migrasi aman di desa-desa.',
  ],
];

const WELL_BEING: Row[] = [
  [
    '4.01',
    'Prospective migrant workers receive pre-departure training on skills, language, their rights and life in the destination country.',
    'Calon pekerja migran mendapat pelatihan sebelum berangkat tentang keterampilan, bahasa, hak-hak mereka dan kehidupan di negara tujuan.',
  ],
  [
    '4.02',
    'Local vocational training centres offer courses matched to the skills that destination labour markets demand.',
    'Balai latihan kerja daerah menyediakan pelatihan yang sesuai dengan keterampilan yang dibutuhkan pasar kerja di negara tujuan.',
  ],
  [
    '4.03',
    'Returning migrant workers can have skills gained abroad assessed and certified.',
    'Purna pekerja migran dapat memperoleh uji dan sertifikasi atas keterampilan yang didapat di luar negeri.',
  ],
  [
    '4.04',
    'Migrant workers and their families can attend financial literacy and remittance management training.',
    'Pekerja migran dan keluarganya dapat mengikuti pelatihan literasi keuangan dan pengelolaan remitansi.',
    {
      en: 'Say who runs the training and how many people attended last year.',
      id: 'Sebutkan penyelenggara pelatihan dan jumlah peserta tahun lalu.',
    },
  ],
  [
    '4.05',
    'Migrant families can open bank accounts and use affordable ways to receive money sent from abroad.',
    'Keluarga migran dapat membuka rekening bank dan menggunakan cara yang terjangkau untuk menerima kiriman uang dari luar negeri.',
  ],
  [
    '4.06',
    'Returned migrant workers receive support to start businesses, including access to low-interest credit.',
    'Purna pekerja migran mendapat dukungan untuk memulai usaha, termasuk akses ke kredit berbunga rendah.',
  ],
  [
    '4.07',
    'A reintegration programme helps returnees settle back economically and socially.',
    'Program reintegrasi membantu purna pekerja migran kembali mapan secara ekonomi dan sosial.',
  ],
  [
    '4.08',
    'Returnees and their families, including people who were exploited, can get psychosocial support.',
    'Purna pekerja migran dan keluarganya, termasuk mereka yang pernah dieksploitasi, dapat memperoleh dukungan psikososial.',
  ],
  [
    '4.09',
    'Local health services offer health checks and mental health care to prospective and returning migrants.',
    'Layanan kesehatan daerah menyediakan pemeriksaan kesehatan dan layanan kesehatan jiwa bagi calon pekerja migran dan yang baru kembali.',
  ],
  [
    '4.10',
    'Villages that send many migrant workers run community programmes for migrant families, such as productive-migrant village initiatives.',
    'Desa kantong pekerja migran menjalankan program berbasis masyarakat bagi keluarga migran, seperti program desa migran produktif.',
  ],
  [
    '4.11',
    'Public employment services tell jobseekers about vacancies at home and abroad offered by licensed recruiters only.',
    'Layanan ketenagakerjaan pemerintah menginformasikan lowongan dalam dan luar negeri kepada pencari kerja, hanya dari perusahaan penempatan resmi.',
  ],
  [
    '4.12',
    'Newcomers from other regions and foreign residents receive an orientation to local services, language and customs.',
    'Pendatang dari daerah lain dan penduduk asing mendapat orientasi tentang layanan, bahasa dan adat setempat.',
  ],
  [
    '4.13',
    'The local government tracks how migration affects household welfare, for example how remittances are used.',
    'Pemerintah daerah memantau dampak migrasi terhadap kesejahteraan rumah tangga, misalnya penggunaan remitansi.',
  ],
];

const CRISES: Row[] = [
  [
    '5.01',
    'The regional disaster management plan explicitly covers migrants, displaced people and seasonal workers.',
    'Rencana penanggulangan bencana daerah secara tegas mencakup migran, pengungsi internal dan pekerja musiman.',
  ],
  [
    '5.02',
    'Early warnings reach migrants and mobile populations through languages and channels they use.',
    'Peringatan dini menjangkau migran dan penduduk yang berpindah-pindah melalui bahasa dan saluran yang mereka gunakan.',
  ],
  [
    '5.03',
    'Evacuation routes and emergency shelters are open to people without local identity documents.',
    'Jalur evakuasi dan tempat pengungsian darurat terbuka bagi orang yang tidak memiliki dokumen kependudukan setempat.',
  ],
  [
    '5.04',
    'The local government has a procedure to help its residents abroad when a crisis hits their destination country.',
    'Pemerintah daerah memiliki prosedur untuk membantu warganya di luar negeri ketika krisis melanda negara tujuan mereka.',
  ],
  [
    '5.05',
    'Large-scale returns are received at ports and airports with health checks, information and transport home.',
    'Kepulangan dalam jumlah besar disambut di pelabuhan dan bandara dengan pemeriksaan kesehatan, informasi dan transportasi ke daerah asal.',
  ],
  [
    '5.06',
    'Data on people displaced by disasters is collected and used to plan assistance.',
    'Data orang yang mengungsi akibat bencana dikumpulkan dan digunakan untuk merencanakan bantuan.',
  ],
  [
    '5.07',
    'Recovery plans after a disaster deal with displacement and any relocation in consultation with the affected communities.',
    'Rencana pemulihan pascabencana menangani pengungsian dan relokasi dengan berkonsultasi kepada masyarakat terdampak.',
  ],
  [
    '5.08',
    'Local planning takes environmental change and climate risks into account as drivers of migration.',
    'Perencanaan daerah memperhitungkan perubahan lingkungan dan risiko iklim sebagai pendorong migrasi.',
  ],
  [
    '5.09',
    'Disaster drills and simulations include migrants and mobile populations.',
    'Latihan dan simulasi bencana melibatkan migran dan penduduk yang berpindah-pindah.',
  ],
  [
    '5.10',
    'Responses to epidemics give migrants access to testing, treatment and vaccination regardless of where they are registered.',
    'Penanganan wabah memberi migran akses ke pemeriksaan, pengobatan dan vaksinasi tanpa memandang tempat mereka terdaftar.',
  ],
];

const SAFE_MIGRATION: Row[] = [
  [
    '6.01',
    'Information campaigns on safe and regular migration reach villages with many prospective migrants.',
    'Kampanye informasi tentang migrasi yang aman dan resmi menjangkau desa-desa dengan banyak calon pekerja migran.',
  ],
  [
    '6.02',
    'The local government checks job orders and acts against unlicensed brokers who recruit in the region.',
    'Pemerintah daerah memeriksa permintaan tenaga kerja dan menindak calo tanpa izin yang merekrut di daerah.',
  ],
  [
    '6.03',
    'Local documents that prospective migrant workers need are issued quickly and at low or no cost.',
    'Dokumen daerah yang dibutuhkan calon pekerja migran diterbitkan dengan cepat dan dengan biaya rendah atau gratis.',
  ],
  [
    '6.04',
    'Prospective migrant workers are registered with the local manpower office before they leave.',
    'Calon pekerja migran didaftarkan di dinas tenaga kerja daerah sebelum berangkat.',
  ],
  [
    '6.05',
    'The local government pays for the training and other costs that the law says workers must not bear.',
    'Pemerintah daerah menanggung biaya pelatihan dan biaya lain yang menurut undang-undang tidak boleh dibebankan kepada pekerja.',
  ],
  [
    '6.06',
    'Villages at high risk of trafficking have prevention activities, and local officials know how to identify victims.',
    'Desa yang rawan perdagangan orang memiliki kegiatan pencegahan, dan aparat daerah mampu mengidentifikasi korban.',
  ],
  [
    '6.07',
    'The local government works with police and immigration offices on irregular departures and trafficking cases.',
    'Pemerintah daerah bekerja sama dengan kepolisian dan kantor imigrasi dalam menangani keberangkatan nonprosedural dan kasus perdagangan orang.',
  ],
  [
    '6.08',
    'Returned migrant workers, including deportees and sick workers, are received and helped to get home.',
    'Pekerja migran yang dipulangkan, termasuk yang dideportasi dan yang sakit, diterima dan dibantu sampai ke rumah.',
  ],
  [
    '6.09',
    'The local government helps bring home the remains of migrant workers who died abroad and supports their families.',
    'Pemerintah daerah membantu pemulangan jenazah pekerja migran yang meninggal di luar negeri dan mendampingi keluarganya.',
  ],
  [
    '6.10',
    'The local government stays informed about residents during their work abroad, for example through their families or a reporting system.',
    'Pemerintah daerah tetap mengetahui keadaan warganya selama bekerja di luar negeri, misalnya melalui keluarga atau sistem pelaporan.',
  ],
  [
    '6.11',
    'Cases of residents in trouble abroad are recorded, followed up and referred to the national authorities.',
    'Kasus warga yang bermasalah di luar negeri dicatat, ditindaklanjuti dan dirujuk ke instansi pusat.',
  ],
  [
    '6.12',
    'People who move to work in other regions of Indonesia get information on safe recruitment and their rights.',
    'Warga yang pindah untuk bekerja di daerah lain di Indonesia mendapat informasi tentang perekrutan yang aman dan hak-hak mereka.',
  ],
  [
    '6.13',
    'The local government publishes figures on complaints, trafficking cases and repatriations it has handled.',
    'Pemerintah daerah mengumumkan angka pengaduan, kasus perdagangan orang dan pemulangan yang telah ditanganinya.',
  ],
];

function indicators(domainId: string, rows: Row[]): Framework['indicators'] {
  return rows.map(([id, en, idText, guidance]) => ({
    id,
    domainId,
    text: { en, id: idText },
    ...(guidance ? { guidance } : {}),
  }));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The default Local MGI framework (`local-mgi`, version 2026.1); frozen, so callers cannot alter it. */
export const LOCAL_MGI_FRAMEWORK: Framework = deepFreeze({
  id: 'local-mgi',
  version: '2026.1',
  name: { en: 'Local Migration Governance Indicators', id: 'Indikator Tata Kelola Migrasi Daerah' },
  domains: DOMAINS,
  indicators: [
    ...indicators('1', RIGHTS),
    ...indicators('2', GOVERNMENT),
    ...indicators('3', PARTNERSHIPS),
    ...indicators('4', WELL_BEING),
    ...indicators('5', CRISES),
    ...indicators('6', SAFE_MIGRATION),
  ],
});
