// Der Vertrag zwischen Server und Oberfläche: Jede Operation des OpenAPI-Dokuments beschreibt ihre
// Erfolgsantwort (JSON-Schema oder Medientyp einer Datei, 204 ohne Inhalt) und ihre Fehler als Problem-JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}

let u: Umgebung;
let pfade: Record<string, Record<string, Operation>>;
beforeAll(async () => {
  u = await baueUmgebung();
  pfade = (await u.ohneAnmeldung().get('/api/openapi.json')).json<{ paths: typeof pfade }>().paths;
}, 120_000);
afterAll(async () => u?.schliessen());

const operationen = () =>
  Object.entries(pfade).flatMap(([pfad, ops]) => Object.entries(ops).map(([m, op]) => ({ name: `${m.toUpperCase()} ${pfad}`, op })));

describe(`OpenAPI-Dokument (${testDb})`, () => {
  it('beschreibt für jede Operation die Antwort ihres Erfolgsstatus', () => {
    const ohne = operationen()
      .filter(({ op }) => {
        const erfolg = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        return !erfolg.some(([status, r]) => status === '204' || Object.values(r.content ?? {}).some((c) => c.schema !== undefined));
      })
      .map((o) => o.name);
    expect(operationen().length).toBeGreaterThan(80);
    expect(ohne, `Operationen ohne Antwortschema: ${ohne.join(', ')}`).toEqual([]);
  });

  it('beschreibt Fehler als Problem-JSON und Dateien mit ihrem Medientyp', () => {
    const ohneProblem = operationen()
      .filter(({ op }) => !op.responses?.['4XX']?.content?.['application/problem+json'])
      .map((o) => o.name);
    expect(ohneProblem).toEqual([]);
    const medien = (name: string) => Object.keys(operationen().find((o) => o.name === name)?.op.responses?.['200']?.content ?? {});
    expect(medien('GET /api/v1/dokumente/{id}')).toEqual(['application/pdf', 'application/xml']);
    expect(medien('POST /api/v1/erstattungsansprueche/{id}/briefe/vorschau')).toEqual(['application/pdf']);
    expect(medien('GET /api/v1/export/faelle')).toContain('text/csv');
  });
});
