// Speicher eines Imports über die API (Issue 15), in einem eigenen Prozess, damit der Höchstwert
// des Arbeitsspeichers (RSS, alle 20 ms abgelesen) nur diesem Import gehört: Server mit PGlite in einem frischen
// Datenverzeichnis, Anmeldung, dann die CSV-Datei (Pfad als Argument) als Strom über HTTP.
// Gibt eine JSON-Zeile aus: Höchstwert vor dem Import (Start, Demo-Daten) und danach, in MiB.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { starteServer } from '../packages/server/src/server.ts';

const datei = process.argv[2] ?? '';
const verzeichnis = mkdtempSync(join(tmpdir(), 'egh-bench-speicher-'));
const mib = () => process.memoryUsage.rss() / 1048576;
try {
  const { adresse, app } = await starteServer({ datenVerzeichnis: verzeichnis, port: 0, demo: true, logger: false });
  const r = await fetch(`${adresse}/api/v1/sitzung`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ benutzername: 'schwaben', passwort: 'demo' }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  const vorher = mib();
  // Höchstwert während des Imports, alle 20 ms abgelesen (maxRSS enthielte den Start von PGlite).
  let spitze = vorher;
  const uhr = setInterval(() => (spitze = Math.max(spitze, mib())), 20);
  const t0 = performance.now();
  const antwort = await fetch(`${adresse}/api/v1/import/erstattungsansprueche?verarbeitung=masse`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv', 'content-length': String(statSync(datei).size) },
    body: Readable.toWeb(createReadStream(datei)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const bericht = (await antwort.json()) as { ok?: boolean; ansprueche?: number };
  const s = (performance.now() - t0) / 1000;
  clearInterval(uhr);
  process.stdout.write(`${JSON.stringify({ status: antwort.status, ansprueche: bericht.ansprueche ?? 0, s, vorher, spitze })}\n`);
  await app.close();
} finally {
  rmSync(verzeichnis, { recursive: true, force: true });
}
