import type { Bilingual, JustificationType, Lang } from '../types.js';
import type { DemoAgency } from './demo-agencies.js';
import { FAMILY_OF, MATERIAL } from './justification-material.js';
import type { Rng } from './prng.js';

/** A justification and its evidence, written the way an official of the agency would. */
export interface ComposedJustification {
  justification: string;
  evidence: string;
}

const CAVEATS: Record<Lang, string[]> = {
  id: [
    'namun baru berjalan di sebagian kabupaten/kota',
    'namun anggarannya belum tersedia rutin setiap tahun',
    'namun belum ada SOP tertulis',
    'namun belum menjangkau migran tanpa KTP setempat',
  ],
  en: [
    'but it runs in only some districts so far',
    'but its budget is not yet secured every year',
    'but there is no written procedure yet',
    'but it does not yet reach migrants without a local ID card',
  ],
};

const WORD = /[a-z][a-z-]{3,}/g;
const STOP = new Set([
  'their',
  'local',
  'government',
  'which',
  'there',
  'that',
  'with',
  'from',
  'they',
  'have',
  'through',
]);

function words(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)),
  );
}

/** The item whose English text shares most words (by 6-letter stem) with the indicator; ties at random. */
function pickRelevant(items: readonly Bilingual[], indicatorText: string, rng: Rng): Bilingual {
  const target = words(indicatorText);
  let best: Bilingual[] = [];
  let bestScore = -1;
  for (const item of items) {
    let score = 0;
    for (const w of words(item.en)) if (target.has(w)) score++;
    if (score > bestScore) [best, bestScore] = [[item], score];
    else if (score === bestScore) best.push(item);
  }
  return rng.pick(best);
}

function shortName(agency: DemoAgency): string {
  const bracket = /\(([^)]+)\)/.exec(agency.name);
  return bracket ? bracket[1]! : agency.code.replace(/-/g, ' ');
}

function regulationTitle(agency: DemoAgency, topic: { id: string; en: string }, lang: Lang, rng: Rng) {
  const n = rng.int(1, 12);
  const y = rng.int(2016, 2024);
  const kind = rng.int(0, 2);
  const place = agency.place
    ? agency.place.startsWith('Kota ')
      ? agency.place
      : `Kabupaten ${agency.place}`
    : null;
  if (lang === 'id') {
    if (place && kind !== 1)
      return {
        title: `Peraturan Daerah ${place} Nomor ${n} Tahun ${y} tentang ${topic.id}`,
        short: `Perda ${place} No. ${n}/${y}`,
        y,
      };
    if (kind === 0)
      return {
        title: `Peraturan Daerah Provinsi Jawa Tengah Nomor ${n} Tahun ${y} tentang ${topic.id}`,
        short: `Perda Prov. Jateng No. ${n}/${y}`,
        y,
      };
    return {
      title: `Peraturan Gubernur Jawa Tengah Nomor ${n + 20} Tahun ${y} tentang ${topic.id}`,
      short: `Pergub Jateng No. ${n + 20}/${y}`,
      y,
    };
  }
  if (place && kind !== 1)
    return {
      title: `${place} Regional Regulation No. ${n} of ${y} on ${topic.en}`,
      short: `${place} Reg. ${n}/${y}`,
      y,
    };
  if (kind === 0)
    return {
      title: `Central Java Provincial Regulation No. ${n} of ${y} on ${topic.en}`,
      short: `Prov. Reg. ${n}/${y}`,
      y,
    };
  return {
    title: `Central Java Governor Regulation No. ${n + 20} of ${y} on ${topic.en}`,
    short: `Governor Reg. ${n + 20}/${y}`,
    y,
  };
}

/**
 * A justification for a `yes` or `partially` answer of one agency: a regulation it applies, a
 * programme it runs or a practice it follows, drawn from its family's material (the item closest to
 * the indicator's wording), in its language,
 * with a caveat for `partially`, and evidence (document title and number, report, minutes).
 */
export function composeJustification(
  agency: DemoAgency,
  type: JustificationType,
  partially: boolean,
  indicatorText: string,
  rng: Rng,
): ComposedJustification {
  const lang = agency.lang;
  const material = MATERIAL[FAMILY_OF[agency.kind]];
  const who = shortName(agency);
  const caveat = partially ? `, ${rng.pick(CAVEATS[lang])}` : '';
  if (type === 'regulation') {
    const reg = regulationTitle(
      agency,
      pickRelevant(material.regulationTopics, indicatorText, rng),
      lang,
      rng,
    );
    const article = rng.int(3, 40);
    return lang === 'id'
      ? {
          justification: `Diatur dalam ${reg.title}, Pasal ${article}; ${who} melaksanakannya sejak ${reg.y + 1}${caveat}.`,
          evidence: `Salinan ${reg.short}, Pasal ${article}`,
        }
      : {
          justification: `Set out in ${reg.title}, Article ${article}; ${who} has applied it since ${reg.y + 1}${caveat}.`,
          evidence: `Copy of ${reg.short}, Article ${article}`,
        };
  }
  if (type === 'programme') {
    const programme = pickRelevant(material.programmes, indicatorText, rng);
    const since = rng.int(2017, 2024);
    const count = rng.int(4, 60);
    return lang === 'id'
      ? {
          justification: `Melalui ${programme.id} yang dilaksanakan ${who} sejak ${since}; ${count} kegiatan pada tahun 2025${caveat}.`,
          evidence: `Laporan kinerja ${who} tahun 2025, lampiran ${rng.int(1, 9)}`,
        }
      : {
          justification: `Through ${programme.en}, run by ${who} since ${since}; ${count} activities in 2025${caveat}.`,
          evidence: `${who} performance report 2025, annex ${rng.int(1, 9)}`,
        };
  }
  const practice = pickRelevant(material.practices, indicatorText, rng);
  return lang === 'id'
    ? {
        justification: `${practice.id}${caveat}. Praktik ini tercatat dalam notulen rapat koordinasi ${rng.int(2023, 2025)}.`,
        evidence: `Notulen rapat koordinasi dan dokumentasi kegiatan ${who}`,
      }
    : {
        justification: `${practice.en}${caveat}. This practice is recorded in the coordination meeting minutes of ${rng.int(2023, 2025)}.`,
        evidence: `Coordination meeting minutes and activity records of ${who}`,
      };
}
