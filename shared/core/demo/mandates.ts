/**
 * What each kind of agency is responsible for, so that demo answers follow a believable pattern:
 * an agency answers indicators within its mandate (found by keywords in the indicator's English
 * text, so another framework works too) and, with a small chance, others in its closest domains;
 * everything else it marks "not our mandate" or "don't know".
 */
export type MandateKind =
  | 'manpower'
  | 'health'
  | 'civil_registry'
  | 'planning'
  | 'social'
  | 'disaster'
  | 'women_children'
  | 'education'
  | 'legal'
  | 'cooperation'
  | 'communication'
  | 'one_stop'
  | 'security'
  | 'economy'
  | 'migrant_agency'
  | 'immigration'
  | 'police'
  | 'social_security'
  | 'statistics'
  | 'ngo_rights'
  | 'legal_aid'
  | 'ngo_health'
  | 'humanitarian'
  | 'ngo_children'
  | 'academic'
  | 'hospital';

interface Mandate {
  /** Matched against the lower-cased English indicator text. */
  keywords: RegExp;
  /** Chance of answering a non-matching indicator of a domain (by domain id); default 0.04. */
  domains: Record<string, number>;
}

const MIGRANT_WORKER =
  /migrant work|recruit|placement|pre-departure|working abroad|manpower|employment|vacanc|job/;

export const MANDATES: Record<MandateKind, Mandate> = {
  manpower: {
    keywords: new RegExp(
      `${MIGRANT_WORKER.source}|vocational|skills|labour|one-stop|broker|returning|returned|returnee`,
    ),
    domains: { '2': 0.5, '3': 0.4, '4': 0.4, '6': 0.6 },
  },
  health: { keywords: /health|hospital|epidemic|vaccin|medical|mental/, domains: { '1': 0.15, '5': 0.3 } },
  civil_registry: {
    keywords:
      /civil registry|identity|documents|register as residents|birth|village record|family card|local id/,
    domains: { '2': 0.2, '6': 0.15 },
  },
  planning: {
    keywords: /plan|budget|strategy|data|evaluat|development|climate|environmental/,
    domains: { '2': 0.6, '3': 0.3, '5': 0.2 },
  },
  social: {
    keywords:
      /social assistance|families left|children|victims|shelter|psychosocial|returnee|deportee|remains|counselling/,
    domains: { '1': 0.3, '4': 0.3, '6': 0.2 },
  },
  disaster: {
    keywords: /disaster|early warning|evacuation|crisis|displace|drill|emergency|recovery|climate/,
    domains: { '5': 0.9 },
  },
  women_children: {
    keywords: /women|gender|children|trafficking|victims|violence|families left/,
    domains: { '1': 0.4, '6': 0.2 },
  },
  education: {
    keywords: /school|enrol|children|training centres|vocational|orientation/,
    domains: { '1': 0.1 },
  },
  legal: {
    keywords: /regulation|rule|legal|in force|forbids|discrimination|agreement/,
    domains: { '2': 0.4, '1': 0.2 },
  },
  cooperation: {
    keywords:
      /cooperat|agreement|partner|international organisations|other provinces|missions abroad|associations/,
    domains: { '3': 0.8, '2': 0.15 },
  },
  communication: {
    keywords: /information|published|campaign|languages|online|early warning/,
    domains: { '6': 0.2 },
  },
  one_stop: {
    keywords: /one-stop|documents|fees|procedures|service counters|placement|register/,
    domains: { '2': 0.3, '6': 0.4 },
  },
  security: { keywords: /task force|trafficking|brokers|irregular/, domains: { '6': 0.2 } },
  economy: {
    keywords: /business|credit|financial|remittance|bank|reintegration|productive/,
    domains: { '4': 0.5 },
  },
  migrant_agency: {
    keywords: MIGRANT_WORKER,
    domains: { '1': 0.5, '2': 0.5, '3': 0.6, '4': 0.7, '5': 0.3, '6': 0.9 },
  },
  immigration: {
    keywords: /irregular departures|ports and airports|trafficking|foreign residents|documents/,
    domains: { '6': 0.3, '5': 0.1 },
  },
  police: { keywords: /trafficking|brokers|irregular|victims|task force|violence/, domains: { '6': 0.2 } },
  social_security: { keywords: /social security|scheme/, domains: { '1': 0.1, '4': 0.1 } },
  statistics: { keywords: /data|figures|tracks|broken down/, domains: { '2': 0.1 } },
  ngo_rights: {
    keywords:
      /rights|complaints|legal aid|trafficking|women|civil society|consulted|returnee|victims|information/,
    domains: { '1': 0.6, '3': 0.5, '6': 0.5, '4': 0.3 },
  },
  legal_aid: {
    keywords: /legal aid|complaints|disputes|rights|victims|discrimination/,
    domains: { '1': 0.5 },
  },
  ngo_health: {
    keywords: /health|mental|psychosocial|women|gender|epidemic/,
    domains: { '1': 0.3, '4': 0.3 },
  },
  humanitarian: {
    keywords: /disaster|evacuation|shelter|early warning|displace|crisis|drill|epidemic/,
    domains: { '5': 0.9, '4': 0.1 },
  },
  ngo_children: { keywords: /children|school|families left|violence/, domains: { '1': 0.3 } },
  academic: {
    keywords: /universit|research|data|studies|evaluat|climate|tracks/,
    domains: { '3': 0.4, '2': 0.15, '4': 0.15, '5': 0.1 },
  },
  hospital: { keywords: /hospital|health|medical|epidemic|mental|vaccin/, domains: {} },
};

const DEFAULT_DOMAIN_CHANCE = 0.04;

/**
 * How strongly an indicator falls within an agency kind's mandate: 1 when its text names the
 * agency's work, otherwise the kind's chance for the indicator's domain.
 */
export function mandateWeight(
  kind: MandateKind,
  indicator: { domainId: string; text: { en: string } },
): number {
  const mandate = MANDATES[kind];
  if (mandate.keywords.test(indicator.text.en.toLowerCase())) return 1;
  return mandate.domains[indicator.domainId] ?? DEFAULT_DOMAIN_CHANCE;
}
