// Ein Server als eigener Prozess für Tests, die ihn hart beenden (kill -9): PGlite im
// Datenverzeichnis EGH_DATA_DIR oder PostgreSQL (DATABASE_URL), Demo-Daten, freier Port.
// Meldet auf stdout „BEREIT <adresse>“ und, sobald ein Import mitten im Schreiben ist, einmal
// „SCHREIBT“ (PGlite: markierte Zeilen eines Laufs; PostgreSQL: ein laufendes COPY).
import { starteServer } from '../server.ts';
import { demoStichtag } from './umgebung.ts';

const url = process.env.DATABASE_URL;
const { adresse, datenbank } = await starteServer({
  ...(url ? { url } : { datenVerzeichnis: process.env.EGH_DATA_DIR ?? 'memory://' }),
  port: 0,
  demo: true,
  demoStichtag,
  logger: false,
});
process.stdout.write(`BEREIT ${adresse}\n`);

const abfrage = url
  ? "select count(*)::int as n from pg_stat_activity where query ilike 'copy leistungszeitraum%' and state = 'active'"
  : 'select count(*)::int as n from leistungszeitraum z join erstattungsanspruch a on a.id = z.anspruch_id where a.import_lauf is not null';
const wache = setInterval(() => {
  void datenbank.roh<{ n: number }>(abfrage).then(([z]) => {
    if ((z?.n ?? 0) > 0) {
      process.stdout.write('SCHREIBT\n');
      clearInterval(wache);
    }
  });
}, 20);
