import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'drizzle-orm';
import type { AppOptionen } from '../app.ts';
import { version } from '../version.ts';
import { antworten } from './gemeinsam.schema.ts';

export function statusRouten(o: AppOptionen): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/status',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Betrieb'],
          summary: 'Zustand des Dienstes und der Datenbank',
          security: [],
          response: antworten({
            200: {
              type: 'object',
              properties: {
                status: { type: 'string', enum: ['ok'] },
                datenbank: { type: 'string', enum: ['pglite', 'postgresql'] },
                version: { type: 'string' },
              },
              required: ['status', 'datenbank', 'version'],
            },
          }),
        },
      },
      async () => {
        // Gestört: das onRequest-Hook von app.ts antwortet schon mit 503.
        await o.datenbank.db.execute(sql`select 1`);
        return { status: 'ok', datenbank: o.datenbank.art, version };
      },
    );
  };
}
