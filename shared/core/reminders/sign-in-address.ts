import type { Lang } from '../types.js';

/**
 * The address a clerk opens in a browser to sign in with an agency token: the web pages' sign-in
 * (never an API URL), in the agency's language. `publicUrl` is the service's public base URL.
 */
export function signInAddress(publicUrl: string, lang?: Lang): string {
  const base = publicUrl.replace(/\/+$/, '');
  return lang ? `${base}/signin?lang=${lang}` : `${base}/signin`;
}
