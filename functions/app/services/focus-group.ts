/**
 * What the focus-group routes and pages share: the stores (or 501), the indicator and domain
 * checks against the assessment's framework, and the version a write states.
 */
import { fail, issueOf } from '../../../shared/core/errors/index.js';
import type { FindingsStore } from '../../../shared/core/findings/findings-types.js';
import type { Framework } from '../../../shared/core/framework.js';
import type { Lang } from '../../../shared/core/types.js';
import type { ValidationStore } from '../../../shared/core/validation/validation-port.js';
import type { AppDeps } from '../deps.js';

/** The focus group's stores, or 501 `not_implemented` for an app built without them. */
export function requireFocusGroupStores(deps: AppDeps): {
  validation: ValidationStore;
  findings: FindingsStore;
} {
  if (!deps.validation || !deps.findings) throw fail('not_implemented');
  return { validation: deps.validation, findings: deps.findings };
}

/** The indicator of the framework, or 404 `validation.unknown_indicator` naming the field. */
export function requireIndicator(framework: Framework, indicatorId: string, lang: Lang) {
  const indicator = framework.indicators.find((i) => i.id === indicatorId);
  if (!indicator) {
    const params = { indicatorId };
    throw fail('validation.unknown_indicator', params, {
      issues: [issueOf('validation.unknown_indicator', { field: 'indicatorId', indicatorId }, params, lang)],
    });
  }
  return indicator;
}

/** The domain of the framework, or 404 `findings.unknown_domain` naming the field. */
export function requireDomain(framework: Framework, domainId: string, lang: Lang) {
  const domain = framework.domains.find((d) => d.id === domainId);
  if (!domain) {
    const params = { domainId };
    throw fail('findings.unknown_domain', params, {
      issues: [issueOf('findings.unknown_domain', { field: 'domainId' }, params, lang)],
    });
  }
  return domain;
}

/**
 * The version a write states: the body's `version`, else an `If-Match` header (`3`, `"3"`,
 * `W/"3"`), else none (last writer wins, for scripts). A malformed If-Match is 400.
 */
export function statedVersion(
  bodyVersion: number | undefined,
  ifMatch: string | undefined,
): number | undefined {
  if (bodyVersion !== undefined) return bodyVersion;
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) throw fail('request.invalid', {}, { status: 400 });
  return Number(match[1]);
}
