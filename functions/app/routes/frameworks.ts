import { Hono } from 'hono';
import { fail } from '../../../shared/core/errors/index.js';
import { frameworkSchema, getBuiltInFramework } from '../../../shared/core/framework.js';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { findFramework } from '../services/frameworks.js';

/** Frameworks: read by any token; the coordinator loads new ones as JSON (frameworks are data). */
export function frameworkRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/frameworks/:fid', allow('any'), async (c) => {
      const id = c.req.param('fid');
      const framework = await findFramework(deps.store, id);
      if (!framework) throw fail('framework.not_found', { id });
      return c.json(framework);
    })
    .put('/frameworks/:fid', allow('admin'), jsonValidator(frameworkSchema), async (c) => {
      const framework = c.req.valid('json');
      const id = c.req.param('fid');
      if (framework.id !== id || getBuiltInFramework(id)) {
        const message =
          c.get('lang') === 'id'
            ? `Kerangka ${id} tidak dapat disimpan: id di isi harus sama dengan alamat, dan kerangka bawaan tidak dapat diganti.`
            : `Framework ${id} cannot be stored: the id in the body must match the address, and built-in frameworks cannot be replaced.`;
        throw fail(
          'request.invalid',
          {},
          {
            status: 409,
            issues: [
              {
                sheet: null,
                cell: null,
                indicatorId: null,
                field: 'id',
                code: 'framework.id_conflict',
                message,
              },
            ],
          },
        );
      }
      const existed = (await deps.store.getStoredFramework(id)) !== null;
      await deps.store.putFramework(framework);
      return c.json(framework, existed ? 200 : 201);
    });
}
