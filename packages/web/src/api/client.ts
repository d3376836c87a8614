// Typisierter Client aus dem OpenAPI-Dokument des Servers (openapi-fetch, Typen in schema.d.ts,
// erzeugt mit `npm run api:generieren`). Pfade, Parameter, Anfrage- und Antwortkörper prüft der
// Compiler gegen den Vertrag des Servers. Die Seiten wechseln schrittweise von api.ts hierher.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.d.ts';

/** Der Client; `csrf` liefert das Token der Sitzung für zustandsändernde Anfragen. */
export function apiClient(csrf: () => string) {
  const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
  const csrfKopf: Middleware = {
    onRequest({ request }) {
      const token = csrf();
      if (request.method !== 'GET' && token) request.headers.set('x-csrf-token', token);
      return request;
    },
  };
  client.use(csrfKopf);
  return client;
}

/** Antwortkörper einer Operation, z. B. `Antwort<'/api/v1/erstattungsansprueche/{id}', 'get'>`. */
export type Antwort<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

/** Antwortkörper einer Operation mit einem bestimmten Status, z. B. `AntwortMit<'/api/v1/sitzung', 'post', 202>`. */
export type AntwortMit<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends {
  responses: Record<S, { content: { 'application/json': infer T } }>;
}
  ? T
  : never;

/** Anfragekörper einer Operation, z. B. `Anfrage<'/api/v1/erstattungsansprueche', 'post'>`. */
export type Anfrage<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

/** Problem-JSON (RFC 9457) des Servers, wie er es bei 4xx sendet. */
export type Problem = paths['/api/v1/sitzung']['get']['responses']['4XX']['content']['application/problem+json'];
