/**
 * What `npm start` prints: where the service listens, how to try it (the demo told the address
 * with MGI_URL, so any PORT works), and the admin token: the generated one on a first start only;
 * on later starts a sentence saying which token to use (nothing new is generated or printed).
 */
export interface StartFacts {
  url: string;
  dataDir: string;
  aggregateIntervalMinutes: number;
  /** The token generated on this (first) start, or null. */
  generatedAdminToken: string | null;
  /** ADMIN_TOKEN was set. */
  adminTokenConfigured: boolean;
}

/** The lines `npm start` prints once it listens. */
export function startHint(facts: StartFacts): string {
  const lines = [
    `mgi-collect is running (data in ${facts.dataDir}, scheduled aggregation every ${facts.aggregateIntervalMinutes} min)`,
    `  web pages: ${facts.url}/   (sign in with a token)`,
    `  HTTP API:  ${facts.url}/api   (Authorization: Bearer <token>)`,
    `  try it:    MGI_URL=${facts.url} MGI_TOKEN=<admin token> npm run demo   (in another terminal)`,
    '',
  ];
  if (facts.generatedAdminToken) {
    lines.push('Admin token (shown only this once, keep it safe):', `  ${facts.generatedAdminToken}`);
  } else if (facts.adminTokenConfigured) {
    lines.push('Admin token: the value of ADMIN_TOKEN');
  } else {
    lines.push(
      'Admin token: the one printed on the first start with this DATA_DIR (no new token is made; set ADMIN_TOKEN to choose one)',
    );
  }
  return `${lines.join('\n')}\n`;
}
