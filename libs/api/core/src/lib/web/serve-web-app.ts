import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = ['/graphql', '/health', '/api'];

/**
 * Content-Security-Policy for the single-page app. Styles need 'unsafe-inline' (Angular Material
 * sets inline styles); scripts never do. Mail previews use sandboxed srcdoc frames.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built web app from the API process so one origin carries pages, GraphQL and the
 * session cookie. Unknown non-API GET paths get index.html (client-side routes).
 */
export function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const distDir = resolve(webDistDir);
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST_DIR has no index.html: ${distDir}`);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  app.useStaticAssets(distDir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      // Hashed bundles may be cached for long; translations and index must stay fresh.
      if (/\.[0-9a-z]{8,}\.(js|css)$/i.test(path))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
