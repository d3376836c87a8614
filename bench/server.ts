// Benchmarks des Servers (Issue 3): 100.000 Ansprüche mit 1,2 Mio. Zeiträumen für einen Träger.
// (a) p50/p99 von GET /api/v1/fristen?faelligBis=… gegen dieselbe Abfrage direkt mit pg (dazu die
//     Zeit im Server ohne den HTTP-Client des Benchmarks, server.fristen.server_p50_ms, und zum
//     Vergleich derselbe Rundlauf hinter einem nackten node:http-Server, server.fristen.node_http_*);
// (b) Anfragen je Sekunde und p99 bei 50 gleichzeitigen Verbindungen (PostgreSQL);
// (c) Verhältnis PGlite/PostgreSQL für dieselben Anfragen.
// Die Fristen der Zeiträume rechnet das Regelwerk (Massenberechnung), eingefügt wird in Blöcken.
import { randomUUID } from 'node:crypto';
import dc from 'node:diagnostics_channel';
import http from 'node:http';
import type { FastifyRequest } from 'fastify';
import pg from 'pg';
import { tagAus, tageImMonat, isoDatum, plusTage } from '../packages/recht/src/kalender/datum.ts';
import { berechneFristenMasse, fristenPuffer, keinDatum } from '../packages/recht/src/pruefungen/erstattungsfristen.ts';
import { baueApp } from '../packages/server/src/app.ts';
import type { Datenbank } from '../packages/server/src/db/verbindung.ts';
import { Abfragemuster, jsonSeite, leseMitSitzung } from '../packages/server/src/db/ein-rundlauf.ts';
import { frist } from '../packages/server/src/db/schema.ts';
import { sitzungsCookie } from '../packages/server/src/http/sitzung.ts';
import { fristenAbfrage } from '../packages/server/src/routen/fristen.ts';
import { bereiteDatenbankVor } from '../packages/server/src/server.ts';
import { type Messwert, frischePostgres, gib, runde, zufall } from './messung.ts';

const traegerId = 'bezirk-schwaben';
const gegner = 'bezirk-mittelfranken';

export function quantil(werte: number[], q: number): number {
  const s = [...werte].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** Legt `anzahl` Ansprüche mit je 12 Monatszeiträumen, ihren § 111-Fristen und § 113 an. */
export async function ladeDaten(d: Datenbank, anzahl: number): Promise<string[]> {
  const stichprobe: string[] = [];
  const z = zufall(2025);
  const puffer = fristenPuffer(12);
  const block = 2000;
  for (let start = 0; start < anzahl; start += block) {
    const n = Math.min(block, anzahl - start);
    const a = { id: [] as string[], az: [] as string[], forderung: [] as number[], kenntnis: [] as string[] };
    const p = { anspruch: [] as string[], von: [] as string[], bis: [] as string[], betrag: [] as number[], ende: [] as (string | null)[] };
    const f = {
      bezug: [] as string[],
      art: [] as string[],
      norm: [] as string[],
      bez: [] as string[],
      faellig: [] as string[],
      betrag: [] as number[],
      erledigt: [] as boolean[],
    };
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const jahr = 2016 + Math.floor(z() * 10);
      const monat = 1 + Math.floor(z() * 12);
      const zeitraeume = Array.from({ length: 12 }, (_, m) => {
        const m0 = monat - 1 + m;
        const j = jahr + Math.floor(m0 / 12);
        const mo = (m0 % 12) + 1;
        return {
          von: isoDatum(tagAus(j, mo, 1)),
          bis: isoDatum(tagAus(j, mo, tageImMonat(j, mo))),
          betragCent: 100000 + Math.floor(z() * 400000),
        };
      });
      const kenntnis = isoDatum(plusTage(tagAus(jahr, monat, 1), Math.floor(z() * 400)));
      berechneFristenMasse(
        { leistungszeitraeume: zeitraeume, kenntnisEntscheidung: kenntnis, landVerpflichteter: 'BY', stichtag: '2026-06-30' },
        puffer,
      );
      const az = `B-${String(start + i).padStart(6, '0')}`;
      a.id.push(id);
      if (stichprobe.length < 2000 && z() < 0.2) stichprobe.push(id);
      a.az.push(az);
      a.kenntnis.push(kenntnis);
      a.forderung.push(zeitraeume.reduce((s, x) => s + x.betragCent, 0));
      zeitraeume.forEach((x, k) => {
        // Ein Zeitraum einer noch laufenden Maßnahme hat noch keine Frist (§ 111 SGB X je Leistungsfall).
        const roh = puffer.ende[k] as number;
        const ende = roh === keinDatum ? null : isoDatum(roh as never);
        p.anspruch.push(id);
        p.von.push(x.von);
        p.bis.push(x.bis);
        p.betrag.push(x.betragCent);
        p.ende.push(ende);
        if (ende === null) return;
        f.bezug.push(id);
        f.art.push('S111');
        f.norm.push('§ 111 SGB X');
        f.bez.push(`Ausschlussfrist für ${x.von} bis ${x.bis} (${az})`);
        f.faellig.push(ende);
        f.betrag.push(x.betragCent);
        f.erledigt.push(false);
      });
      f.bezug.push(id);
      f.art.push('S113');
      f.norm.push('§ 113 Abs. 1 SGB X');
      f.bez.push(`Verjährung (${az})`);
      f.faellig.push(isoDatum(puffer.verjaehrungEnde as never));
      f.betrag.push(a.forderung[a.forderung.length - 1] ?? 0);
      f.erledigt.push(false);
    }
    await d.roh(
      `insert into erstattungsanspruch (id, anspruchsteller_id, verpflichteter_id, land_verpflichteter, aktenzeichen, status, rechtsgrundlage_eingabe, anspruchsgrundlage, forderung_cent, kenntnis_entscheidung)
       select unnest($1::uuid[]), $2, $3, 'BY', unnest($4::text[]), 'Entwurf', '{}'::jsonb, '§ 16 Abs. 1 SGB IX', unnest($5::bigint[]), unnest($6::date[])`,
      [a.id, traegerId, gegner, a.az, a.forderung, a.kenntnis],
    );
    await d.roh(
      `insert into leistungszeitraum (anspruch_id, von, bis, betrag_cent, frist_ende)
       select unnest($1::uuid[]), unnest($2::date[]), unnest($3::date[]), unnest($4::bigint[]), unnest($5::date[])`,
      [p.anspruch, p.von, p.bis, p.betrag, p.ende],
    );
    await d.roh(
      `insert into frist (traeger_id, bezug_art, bezug_id, art, norm, bezeichnung, faellig, betrag_cent, erledigt)
       select $1, 'erstattungsanspruch', unnest($2::uuid[]), unnest($3::text[]), unnest($4::text[]), unnest($5::text[]), unnest($6::date[]), unnest($7::bigint[]), unnest($8::boolean[])`,
      [traegerId, f.bezug, f.art, f.norm, f.bez, f.faellig, f.betrag, f.erledigt],
    );
  }
  await d.roh('vacuum analyze');
  return stichprobe;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** GET über node:http mit Keep-Alive (weniger Client-Aufwand als fetch). */
export function hole(url: string, cookie: string): Promise<void> {
  return new Promise((ok, fehler) => {
    const r = http.request(url, { agent, headers: cookie ? { cookie } : {} }, (a) => {
      if (a.statusCode !== 200) fehler(new Error(`${url}: ${a.statusCode}`));
      a.resume();
      a.on('end', () => ok());
    });
    r.on('error', fehler);
    r.end();
  });
}

export async function anmelden(basis: string): Promise<string> {
  const r = await fetch(`${basis}/api/v1/sitzung`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ benutzername: 'schwaben', passwort: 'demo' }),
  });
  if (r.status !== 200) throw new Error(`Anmeldung: ${r.status}`);
  return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function latenzen(n: number, anfrage: () => Promise<void>): Promise<number[]> {
  const t: number[] = [];
  for (let i = 0; i < 100; i++) await anfrage();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await anfrage();
    t.push(performance.now() - t0);
  }
  return t;
}

async function last(sekunden: number, parallel: number, anfrage: () => Promise<void>): Promise<{ rps: number; p99: number }> {
  const ende = performance.now() + sekunden * 1000;
  const zeiten: number[] = [];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (performance.now() < ende) {
        const t0 = performance.now();
        await anfrage();
        zeiten.push(performance.now() - t0);
      }
    }),
  );
  return { rps: zeiten.length / sekunden, p99: quantil(zeiten, 0.99) };
}

/**
 * Nur zum Vergleich, kein Produktionscode: derselbe Rundlauf zur Datenbank (leseMitSitzung:
 * Sitzung, Mandant, Abfrage) und dieselbe Seite (jsonSeite) wie GET /api/v1/fristen, aber hinter
 * einem nackten node:http-Server – ohne Fastify, Hooks, Validierung und Sicherheitskopfzeilen. Zeigt,
 * was das Framework kostet und wie nah ein Node-Server auf dieser Maschine überhaupt an die Abfrage
 * allein herankommt.
 */
function nackterServer(d: Datenbank): http.Server {
  const muster = new Abfragemuster(frist);
  return http.createServer((anfrage, antwort) => {
    const faelligBis = new URL(anfrage.url ?? '/', 'http://x').searchParams.get('faelligBis');
    const token = new RegExp(`(?:^|;\\s*)${sitzungsCookie}=([^;]+)`).exec(anfrage.headers.cookie ?? '')?.[1];
    const abfrage = fristenAbfrage(d.db, muster, { faelligBis: faelligBis ?? undefined, erledigt: false, seite: 1, proSeite: 50 });
    const alsFastify = { cookies: { [sitzungsCookie]: token } } as unknown as FastifyRequest;
    leseMitSitzung<{ j: string }>(d, alsFastify, abfrage).then(
      (zeilen) => {
        const text = jsonSeite(zeilen, 1, 50);
        antwort.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        antwort.end(text);
      },
      (e: unknown) => {
        antwort.writeHead(500);
        antwort.end(String(e));
      },
    );
  });
}

interface Lauf {
  p50Status: number;
  p50Api: number;
  /** Dieselben Anfragen, im Server gemessen: vom gelesenen Anfragekopf bis zur gesendeten Antwort. */
  p50ApiServer: number;
  p99Api: number;
  p50Sql?: number;
  /** Derselbe Rundlauf hinter einem nackten node:http-Server (nur PostgreSQL). */
  p50NodeHttp?: number;
  rps: number;
  p99Last: number;
  listeP50: number;
}

async function messeLauf(art: 'pglite' | 'postgresql', url: string | undefined, anzahl: number, quick: boolean): Promise<Lauf> {
  const { datenbank } = await bereiteDatenbankVor({ ...(url ? { url } : { datenVerzeichnis: 'memory://' }), demo: true });
  const ids = await ladeDaten(datenbank, anzahl);
  const app = await baueApp({ datenbank });
  const basis = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const cookie = await anmelden(basis);
    const faelligBis = '2024-06-30';
    const fristenUrl = `${basis}/api/v1/fristen?faelligBis=${faelligBis}&proSeite=50`;
    const holeFristen = () => hole(fristenUrl, cookie);
    const n = quick ? 1000 : 5000;
    // API und SQL abwechselnd in Blöcken: Hintergrundarbeit der Datenbank nach dem Laden
    // (Autovacuum, Checkpoint) oder andere Prozesse treffen beide gleich.
    const sqlText = 'select * from frist where traeger_id = $1 and erledigt = false and faellig <= $2 order by faellig, id limit 51';
    const client = art === 'postgresql' && url ? new pg.Client({ connectionString: url }) : undefined;
    await client?.connect();
    const nackt = client ? nackterServer(datenbank) : undefined;
    if (nackt) await new Promise<void>((ok) => nackt.listen(0, '127.0.0.1', ok));
    const nacktUrl = nackt ? `http://127.0.0.1:${(nackt.address() as { port: number }).port}/fristen?faelligBis=${faelligBis}` : '';
    const ohneFastify: number[] = [];
    if (nackt) {
      // Dieselbe Arbeit: Beide liefern Byte für Byte dieselbe Seite.
      const text = async (u: string) => (await fetch(u, { headers: { cookie } })).text();
      if ((await text(nacktUrl)) !== (await text(fristenUrl))) throw new Error('Der nackte Server liefert eine andere Seite als die API.');
    }
    const api: number[] = [];
    const serverZeiten: number[] = [];
    const s: number[] = [];
    const status: number[] = [];
    // Die Zeit im Server (ohne den HTTP-Client des Benchmarks): Diagnosekanäle von node:http.
    const imServer: number[] = [];
    const beginn = new WeakMap<object, number>();
    const start = (m: unknown) => {
      const a = (m as { request: http.IncomingMessage }).request;
      if (a.url?.startsWith('/api/v1/fristen')) beginn.set(a, performance.now());
    };
    const ende = (m: unknown) => {
      const t0 = beginn.get((m as { request: http.IncomingMessage }).request);
      if (t0 !== undefined) imServer.push(performance.now() - t0);
    };
    const holeSql = async () => {
      await client?.query({ name: 'fristen', text: sqlText, values: [traegerId, faelligBis] });
    };
    const holeNackt = () => hole(nacktUrl, cookie);
    // Vorlauf: Ein Server beantwortet Millionen Anfragen; gemessen wird der eingeschwungene Zustand,
    // nicht die ersten Tausend, in denen V8 den Pfad (Fastify, pg, JSON) noch optimiert. Gemessen
    // (--quick, 10.000 Ansprüche): mit 100 Anfragen Vorlauf p50 der API 0,55 ms, mit 3.000 0,42 ms,
    // mit 15.000 0,38 ms; die Abfrage allein war schon nach wenigen Hundert eingeschwungen. Alle
    // Seiten (API, pg, nackter Server) bekommen denselben Vorlauf, abwechselnd.
    const vorlauf = quick ? 10_000 : 20_000;
    for (let j = 0; j < vorlauf; j++) {
      await holeFristen();
      if (client) await holeSql();
      if (nackt) await holeNackt();
    }
    dc.subscribe('http.server.request.start', start);
    dc.subscribe('http.server.response.finish', ende);
    for (let block = 0; block < 5; block++) {
      imServer.length = 0;
      api.push(...(await latenzen(n / 5, holeFristen)));
      serverZeiten.push(...imServer.slice(-n / 5));
      if (client) s.push(...(await latenzen(n / 5, holeSql)));
      if (nackt) ohneFastify.push(...(await latenzen(n / 5, holeNackt)));
      // Untergrenze jeder API-Anfrage: HTTP zu Fastify und ein trivialer Rundlauf zur Datenbank.
      status.push(...(await latenzen(n / 5, () => hole(`${basis}/api/v1/status`, ''))));
    }
    dc.unsubscribe('http.server.request.start', start);
    dc.unsubscribe('http.server.response.finish', ende);
    await client?.end();
    await new Promise((ok) => (nackt ? nackt.close(ok) : ok(undefined)));
    const p50Sql = client ? quantil(s, 0.5) : undefined;
    const listeUrl = `${basis}/api/v1/erstattungsansprueche?proSeite=50&sortierung=aktenzeichen`;
    const holeListe = () => hole(listeUrl, cookie);
    const liste = await latenzen(quick ? 50 : 200, holeListe);
    // Last: GET eines Anspruchs (mit Zeiträumen, Fristen, Protokolleintrag) für zufällige Ansprüche.
    let i = 0;
    const holeAnspruch = () => hole(`${basis}/api/v1/erstattungsansprueche/${ids[i++ % ids.length] as string}`, cookie);
    const l = await last(quick ? 3 : 10, 50, holeAnspruch);
    return {
      p50Status: quantil(status, 0.5),
      p50Api: quantil(api, 0.5),
      p50ApiServer: quantil(serverZeiten, 0.5),
      p99Api: quantil(api, 0.99),
      ...(p50Sql !== undefined ? { p50Sql } : {}),
      ...(nackt ? { p50NodeHttp: quantil(ohneFastify, 0.5) } : {}),
      rps: l.rps,
      p99Last: l.p99,
      listeP50: quantil(liste, 0.5),
    };
  } finally {
    await app.close();
    await datenbank.schliessen();
  }
}

export async function benchServer(quick: boolean): Promise<Messwert[]> {
  const anzahl = quick ? 10_000 : 100_000;
  const werte: Messwert[] = [];
  const pgDb = await frischePostgres('egh_bench');
  let lpg: Lauf;
  try {
    lpg = await messeLauf('postgresql', pgDb.url, anzahl, quick);
  } finally {
    await pgDb.weg();
  }
  const lite = await messeLauf('pglite', undefined, anzahl, quick);
  werte.push(gib({ name: 'server.fristen.p50_ms', value: runde(lpg.p50Api, 3), unit: 'ms' }));
  werte.push(gib({ name: 'server.fristen.server_p50_ms', value: runde(lpg.p50ApiServer, 3), unit: 'ms' }));
  werte.push(gib({ name: 'server.fristen.sql_p50_ms', value: runde(lpg.p50Sql ?? 0, 3), unit: 'ms' }));
  werte.push(
    gib({ name: 'server.fristen.p50_ratio_to_sql', value: runde(lpg.p50Api / (lpg.p50Sql ?? 1)), unit: 'ratio', target: { max: 2 } }),
  );
  // Zum Vergleich (kein Ziel): derselbe Rundlauf ohne Fastify – die Untergrenze eines Node-Servers hier.
  werte.push(gib({ name: 'server.fristen.node_http_p50_ms', value: runde(lpg.p50NodeHttp ?? 0, 3), unit: 'ms' }));
  werte.push(
    gib({ name: 'server.fristen.node_http_ratio_to_sql', value: runde((lpg.p50NodeHttp ?? 0) / (lpg.p50Sql ?? 1)), unit: 'ratio' }),
  );
  werte.push(gib({ name: 'server.status.p50_ms', value: runde(lpg.p50Status, 3), unit: 'ms' }));
  werte.push(gib({ name: 'server.fristen.p99_ms', value: runde(lpg.p99Api, 3), unit: 'ms' }));
  werte.push(gib({ name: 'server.erstattungen.rps_c50', value: Math.round(lpg.rps), unit: 'req/s' }));
  werte.push(gib({ name: 'server.erstattungen.p99_c50_ms', value: runde(lpg.p99Last, 3), unit: 'ms' }));
  werte.push(gib({ name: 'server.erstattungen.liste_p50_ms', value: runde(lpg.listeP50, 3), unit: 'ms' }));
  werte.push(gib({ name: 'server.pglite_to_postgres_ratio', value: runde(lite.p50Api / lpg.p50Api), unit: 'ratio' }));
  werte.push(gib({ name: 'server.pglite.fristen.p50_ms', value: runde(lite.p50Api, 3), unit: 'ms' }));
  werte.push(gib({ name: 'server.pglite.rps_c50', value: Math.round(lite.rps), unit: 'req/s' }));
  return werte;
}
