import type { Principal } from '../../shared/ports.js';
import type { AppEnv } from '../app/app-env.js';
import type { WebSession } from './session.js';

/** Per-request values of the web pages: the app's, plus the signed-in session (when there is one). */
export interface WebEnv {
  Variables: AppEnv['Variables'] & {
    /** The session behind the cookie, when it is valid. */
    session: WebSession | undefined;
    /** The session id (from the cookie) of a valid session. */
    sessionId: string | undefined;
    /** Who the session speaks for; set together with `session`. */
    principal: Principal;
  };
}
