// Der API-Vertrag für die Oberfläche: baut die Fastify-Anwendung (ohne zu lauschen, ohne
// Datenbankzugriff), nimmt ihr OpenAPI-Dokument und erzeugt daraus mit openapi-typescript die Typen
// in packages/web/src/api/schema.d.ts (für openapi-fetch). `--pruefen` erzeugt nur im Speicher und
// scheitert, wenn die eingecheckte Datei veraltet ist (Teil von `npm run check`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { baueApp } from '../packages/server/src/app.ts';
import type { Datenbank } from '../packages/server/src/db/verbindung.ts';

const ziel = join(import.meta.dirname, '../packages/web/src/api/schema.d.ts');

// Routen fragen die Datenbank erst bei einer Anfrage; zum Beschreiben genügt ein leerer Platzhalter.
const ohneDatenbank = { art: 'pglite', db: {} } as unknown as Datenbank;
const app = await baueApp({ datenbank: ohneDatenbank, antwortenPruefen: false });
await app.ready();
const dokument = app.swagger() as Parameters<typeof openapiTS>[0];
await app.close();

const kopf = '// Erzeugt mit `npm run api:generieren` aus GET /api/openapi.json (openapi-typescript) – nicht von Hand ändern.\n';
const text = kopf + astToString(await openapiTS(dokument, { alphabetize: false }));
const formatiert = await prettier.format(text, { ...(await prettier.resolveConfig(ziel)), filepath: ziel });

if (process.argv.includes('--pruefen')) {
  let bisher = '';
  try {
    bisher = readFileSync(ziel, 'utf8');
  } catch {
    // fehlt: veraltet
  }
  if (bisher !== formatiert) {
    console.error(`${ziel} ist veraltet: Das OpenAPI-Dokument des Servers hat sich geändert. Bitte „npm run api:generieren“ ausführen.`);
    process.exit(1);
  }
  console.log('API-Typen der Oberfläche sind aktuell.');
} else {
  writeFileSync(ziel, formatiert);
  console.log(`geschrieben: ${ziel}`);
}
