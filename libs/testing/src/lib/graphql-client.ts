export interface GraphqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string[]>; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphqlError[] | undefined;
  headers: Headers;
}

/** Talks to the API as a browser would: JSON requests, cookies kept between calls. */
export class GraphqlClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    return this.raw<T>({ body: JSON.stringify({ query, variables }), headers });
  }

  /** A request with a body or headers of the caller's choosing (hardening tests). */
  async raw<T = unknown>({
    method = 'POST',
    body,
    headers = {},
    path = '/graphql',
  }: {
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    path?: string;
  }): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...this.defaultHeaders,
        ...headers,
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
      },
    });
    this.remember(response.headers.getSetCookie());
    const text = await response.text();
    let parsed: { data?: T | null; errors?: GraphqlError[] } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { errors: [{ message: text }] };
    }
    return { status: response.status, data: parsed.data, errors: parsed.errors, headers: response.headers };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  clearCookies(): void {
    this.cookies.clear();
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, val] = attribute.trim().split('=');
        return key.toLowerCase() === 'expires' && new Date(val).getTime() < Date.now();
      });
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The `extensions.code` of the first error, for terse assertions. */
export function errorCode(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
