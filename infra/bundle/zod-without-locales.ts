/**
 * `zod` for the Lambda bundles, minus its ~45 message locales. zod's entry re-exports everything as
 * one `z` namespace object, which no bundler can tree-shake, so `import { z } from 'zod'` drags
 * ~200 KB of locale tables (Hebrew, Thai, ...) into every function. The app writes its own English
 * and Indonesian messages and never calls `z.locales`, so the API bundle swaps this module in for
 * `zod` (esbuild alias) to stay within its 1.5 MB budget.
 *
 * Mirrors `zod/v4/classic/external.js` except `locales` and `core` (whose namespace re-exports the
 * locales; the app names `z.core` only in types). `zod-without-locales.test.ts` fails if zod's export
 * list differs by anything else, or if app code uses either at run time. English stays the default
 * locale: zod registers it when the first schema is built (classic/schemas.js).
 *
 * Not needed once the app imports zod as its docs show, `import * as z from 'zod'`, which esbuild
 * can tree-shake (the bundle is then ~1.38 MB without this alias).
 */
import * as z from './zod-external-without-locales.js';

export * from './zod-external-without-locales.js';
export { z, z as default };
