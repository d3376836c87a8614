// POST /pruefungen: der Vertrag des Regelwerks über HTTP (pruefungen.md) – dieselbe Funktion wie
// `egh pruefe`; 200 mit Ergebnis, 400 mit Problem-JSON.
import type { FastifyPluginAsync } from 'fastify';
import { artenNamen, istProblem, pruefe, pruefungsarten } from '@egh/recht';
import { PruefErgebnis, PruefungsArten } from './normen.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

export function pruefungenRouten(): FastifyPluginAsync {
  return async (app) => {
    app.post(
      '/pruefungen',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Prüfungen'],
          summary: 'Eine Prüfung ausführen',
          response: antworten({ 200: PruefErgebnis }),
          description: `Arten: ${artenNamen.join(', ')}. Die Eingabe wird vom Regelwerk selbst geprüft (Problem-JSON bei Fehlern).`,
          security: [],
          body: { oneOf: artenNamen.map((a) => ({ $ref: `urn:egh:pruefung:${a}#` })) },
        },
        // Das Regelwerk validiert selbst und liefert dieselben Meldungen wie die CLI.
        validatorCompiler: () => () => true,
      },
      (anfrage, antwort) => {
        const r = pruefe(anfrage.body);
        if (istProblem(r)) return antwort.status(r.status).type('application/problem+json; charset=utf-8').send(r);
        return r;
      },
    );

    app.get(
      '/pruefungen/arten',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Prüfungen'],
          summary: 'Die Prüfungsarten mit Schema und Beispiel',
          security: [],
          response: antworten({ 200: PruefungsArten }),
        },
      },
      () =>
        artenNamen.map((a) => ({
          art: a,
          titel: pruefungsarten[a].titel,
          normen: pruefungsarten[a].normen,
          schema: pruefungsarten[a].schema,
          beispiel: pruefungsarten[a].beispiel,
        })),
    );
  };
}
