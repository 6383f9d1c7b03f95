/**
 * A small client of the public HTTP API (PRODUCT.md), used by the commands that talk to a running
 * service — locally or the AWS deployment — and by the demo. It speaks only the contract: paths,
 * bearer tokens, JSON bodies and `{error: {code, message, issues}}` errors.
 */
import type { Issue, Submission } from '../../shared/core/types.js';
import { XLSX_CONTENT_TYPE } from '../../shared/core/xlsx.js';
import { type CliIo, UsageError } from './cli-command.js';

/** The I/O of a command that calls the service: the CLI's streams plus environment and TTY facts. */
export interface ServiceIo extends CliIo {
  /** Environment for MGI_URL / MGI_TOKEN (the `mgi` entry passes the process environment). */
  env?: Record<string, string | undefined>;
  /** True when stderr is a terminal (progress bar instead of plain lines). */
  errIsTTY?: boolean;
}

/** The error body of the contract. */
export interface ApiError {
  code: string;
  message: string;
  issues: Issue[];
  totalIssues?: number;
}

/** What a call returned: the parsed JSON (or bytes) on success, the contract error otherwise. */
export type ApiResult<T> =
  | { ok: true; status: number; data: T; headers: Headers }
  | { ok: false; status: number; error: ApiError };

export interface RequestOptions {
  json?: unknown;
  body?: Uint8Array;
  contentType?: string;
  accept?: string;
  /** Overrides the client's token (e.g. an agency's own token). */
  token?: string;
  /** Return the body as bytes instead of JSON. */
  binary?: boolean;
}

/** What a roster import answers: agencies created (with their token), updated, and bad rows. */
export interface AgencyImportResult {
  created: { code: string; token: string }[];
  updated: string[];
  issues: Issue[];
}

/** A client bound to one service URL and one bearer token. */
export class ServiceClient {
  readonly baseUrl: string;
  private readonly token: string;

  constructor(baseUrl: string, token: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.token = token;
  }

  /** One request; network failures throw an Error that names the URL (never the token). */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? this.token}` };
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.body) {
      headers['content-type'] = options.contentType ?? XLSX_CONTENT_TYPE;
      body = options.body as Uint8Array<ArrayBuffer>;
    }
    if (options.accept) headers.accept = options.accept;
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    } catch (cause) {
      throw new Error(
        `cannot reach the service at ${this.baseUrl} (${(cause as Error).message}); is it running?`,
        {
          cause,
        },
      );
    }
    if (res.ok) {
      const data = options.binary ? new Uint8Array(await res.arrayBuffer()) : await res.json();
      return { ok: true, status: res.status, data: data as T, headers: res.headers };
    }
    return { ok: false, status: res.status, error: await readError(res) };
  }

  /** Registered agencies of an assessment (admin). */
  listAgencies(assessmentId: string) {
    return this.request<{ agencies: { code: string; name: string; level: string; submitted: boolean }[] }>(
      'GET',
      `/api/assessments/${encodeURIComponent(assessmentId)}/agencies`,
    );
  }

  /** Registers the agencies of a roster workbook (admin); new agencies' tokens come back once. */
  importAgencies(assessmentId: string, roster: Uint8Array) {
    return this.request<AgencyImportResult>(
      'POST',
      `/api/assessments/${encodeURIComponent(assessmentId)}/agencies/import`,
      { body: roster },
    );
  }

  /** Uploads a workbook; the admin names the agency, an agency token may omit it. */
  uploadWorkbook(assessmentId: string, bytes: Uint8Array, options: { agency?: string; token?: string } = {}) {
    const query = options.agency ? `?agency=${encodeURIComponent(options.agency)}` : '';
    return this.request<{ submission: Submission }>(
      'POST',
      `/api/assessments/${encodeURIComponent(assessmentId)}/submissions${query}`,
      { body: bytes, token: options.token },
    );
  }

  /** Submission history of one agency, newest first. */
  listSubmissions(assessmentId: string, agency: string) {
    return this.request<{ submissions: Submission[] }>(
      'GET',
      `/api/assessments/${encodeURIComponent(assessmentId)}/submissions?agency=${encodeURIComponent(agency)}`,
    );
  }
}

async function readError(res: Response): Promise<ApiError> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { error?: Partial<ApiError> };
    if (body.error && typeof body.error.code === 'string') {
      return {
        code: body.error.code,
        message: body.error.message ?? '',
        issues: body.error.issues ?? [],
        ...(body.error.totalIssues === undefined ? {} : { totalIssues: body.error.totalIssues }),
      };
    }
  } catch {
    // not JSON: a proxy or gateway answered
  }
  return { code: `http.${res.status}`, message: text.slice(0, 200) || res.statusText, issues: [] };
}

/** The options {@link serviceFromOptions} reads, to spread into a command's option spec. */
export const SERVICE_OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
} as const;

/** The usage lines of {@link SERVICE_OPTIONS}, aligned like the other options of a command. */
export const SERVICE_USAGE = `  --url URL        the service, e.g. http://localhost:3000 (default: $MGI_URL)
  --token T        the coordinator (admin) token (default: $MGI_TOKEN)`;

/**
 * Service URL and token from `--url`/`--token`, else the MGI_URL / MGI_TOKEN environment
 * variables (else `defaultUrl`, when the command has one); a usage error names what is missing.
 */
export function serviceFromOptions(
  values: { url?: string | boolean; token?: string | boolean },
  io: ServiceIo,
  defaultUrl?: string,
): ServiceClient {
  const env = io.env ?? {};
  const url = typeof values.url === 'string' ? values.url : (env.MGI_URL ?? defaultUrl);
  const token = typeof values.token === 'string' ? values.token : env.MGI_TOKEN;
  if (!url) throw new UsageError('missing --url (or MGI_URL), e.g. http://localhost:3000');
  if (!/^https?:\/\//.test(url))
    throw new UsageError(`--url must start with http:// or https://, not ${url}`);
  if (!token) throw new UsageError('missing --token (or MGI_TOKEN): the coordinator (admin) token');
  return new ServiceClient(url, token);
}
