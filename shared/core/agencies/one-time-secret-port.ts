/**
 * A secret shown exactly once (a new agency token on the web page): put returns a ticket for the
 * browser; the first `take` with that ticket returns the secret and removes it, later ones null.
 */
export interface OneTimeSecrets {
  put(secret: string, meta: Record<string, string>, ttlMs: number): Promise<string>;
  take(ticket: string): Promise<{ secret: string; meta: Record<string, string> } | null>;
}
