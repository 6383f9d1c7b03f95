import type { Lang } from '../../shared/core/types.js';
import type { Principal } from '../../shared/ports.js';

/** The per-request values every route may read (`c.get(...)`). */
export interface AppEnv {
  Variables: {
    /** Who the bearer token speaks for; set by the auth middleware on every route but health. */
    principal: Principal;
    /** The user's language from `Accept-Language` (English unless Indonesian is preferred). */
    lang: Lang;
    requestId: string;
  };
}
