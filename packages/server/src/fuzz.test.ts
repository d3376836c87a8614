// Eigenschaftsbasierter Fuzzer aus dem OpenAPI-Dokument (fast-check): Anfragen an jeden Endpunkt,
// von jedem Demo-Benutzer und ohne Anmeldung, mit Werten nach Schema und mit Unsinn (falsche Typen,
// NUL, riesige Zahlen, fremde Kennungen). Es gilt: keine Antwort ≥ 500, und eine abgewiesene
// ändernde Anfrage speichert nichts (Zeilenzahlen, Versionen und Protokoll vorher = nachher).
// EGH_FUZZ_ANFRAGEN ändert die Zahl (Standard 10.000), EGH_FUZZ_SEED den Startwert.
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCsv } from './austausch/testdaten.ts';
import { type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

type Schema = Record<string, unknown>;
interface Operation {
  methode: string;
  pfad: string;
  parameter: { name: string; in: string; schema?: Schema }[];
  body?: Schema;
  datei: boolean;
}
interface Benutzer {
  name: string;
  cookie: string;
  csrf: string;
}

const anzahl = Number(process.env.EGH_FUZZ_ANFRAGEN ?? 10_000);
const seed = Number(process.env.EGH_FUZZ_SEED ?? Date.now() % 2 ** 31);
const ohneFingerabdruck = new Set(['anmeldeversuch', 'sitzung', 'anmeldezaehler', 'anmeldevorgang']);
const anspruchCsv = testCsv({ ansprueche: 2, zeitraeumeJeAnspruch: 2, praefix: 'FUZZ' });
const fallCsv = 'Aktenzeichen;Nachname;Vorname;Geburtsdatum;PLZ;Ort\r\nFUZZ-1;Muster;Erika;01.02.1990;19348;Perleberg\r\n';

let u: Umgebung;
let operationen: Operation[];
let benutzer: Benutzer[];
let kennungen: string[];
let komponenten: Record<string, Schema>;
let fingerabdruckSql: string;

/** Anmeldung wie ein Browser, mit dem zweiten Faktor, wo die Rolle ihn verlangt. */
async function anmelden(name: string): Promise<Benutzer> {
  const c = await u.als(name);
  return { name, cookie: c.cookie, csrf: c.csrf };
}

beforeAll(async () => {
  u = await baueUmgebung();
  const doc = (await u.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<string, { parameters?: Operation['parameter']; requestBody?: { content?: Record<string, { schema: Schema }> } }>
    >;
    components: { schemas: Record<string, Schema> };
  }>();
  komponenten = doc.components.schemas;
  operationen = Object.entries(doc.paths).flatMap(([pfad, ops]) =>
    Object.entries(ops).map(([methode, op]) => ({
      methode: methode.toUpperCase(),
      pfad,
      parameter: op.parameters ?? [],
      ...(op.requestBody?.content?.['application/json'] ? { body: op.requestBody.content['application/json'].schema } : {}),
      datei: pfad.startsWith('/api/v1/import/'),
    })),
  );
  const namen = (await u.datenbank.roh<{ benutzername: string }>('select benutzername from benutzer order by benutzername')).map(
    (z) => z.benutzername,
  );
  // Nacheinander: die Uhr des zweiten Faktors rückt je Anmeldung einen Zeitschritt vor.
  const angemeldet: Benutzer[] = [];
  for (const n of namen) angemeldet.push(await anmelden(n));
  benutzer = [...angemeldet, { name: '(ohne Anmeldung)', cookie: '', csrf: '' }];
  kennungen = (
    await u.datenbank.roh<{ id: string }>(
      `(select id::text from fall limit 5) union all (select id::text from erstattungsanspruch limit 8)
       union all (select id::text from amtshilfeersuchen limit 5) union all (select id::text from mehrkostenvergleich limit 3)
       union all (select id::text from beitritt limit 3) union all (select id from traeger limit 5)
       union all (select id from vereinbarung limit 2)`,
    )
  ).map((z) => z.id);
  const tabellen = await u.datenbank.roh<{ tabelle: string; mit_version: boolean }>(
    `select table_name as tabelle, bool_or(column_name = 'version') as mit_version from information_schema.columns
      where table_schema = 'public' group by table_name order by table_name`,
  );
  const verglichen = tabellen.filter((t) => !ohneFingerabdruck.has(t.tabelle) && !t.tabelle.startsWith('__'));
  tabellennamen = verglichen.map((t) => t.tabelle);
  fingerabdruckSql = `select json_build_array(${verglichen
    .map((t) => `(select json_build_array(count(*)${t.mit_version ? ', coalesce(sum(version), 0)' : ''}) from "${t.tabelle}")`)
    .join(', ')})::text as f`;
}, 180_000);
afterAll(async () => u?.schliessen());

let tabellennamen: string[] = [];
/** Welche Tabellen sich zwischen zwei Fingerabdrücken unterscheiden. */
function unterschied(vorher: string | undefined, nachher: string | undefined): string {
  const a = JSON.parse(vorher ?? '[]') as unknown[];
  const b = JSON.parse(nachher ?? '[]') as unknown[];
  return tabellennamen
    .flatMap((t, i) => (JSON.stringify(a[i]) === JSON.stringify(b[i]) ? [] : [`${t}: ${JSON.stringify(a[i])} → ${JSON.stringify(b[i])}`]))
    .join(', ');
}
let zeitFingerabdruck = 0;
let zeitSenden = 0;
const fingerabdruck = async () => {
  const t = performance.now();
  const f = (await u.datenbank.roh<{ f: string }>(fingerabdruckSql))[0]?.f;
  zeitFingerabdruck += performance.now() - t;
  return f;
};

// --- Werte aus JSON-Schema -------------------------------------------------------------------

const unsinn: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('', '\u0000', 'a\u0000b', '1e99', '-1', 'NaN', '💥', '=1+2', '../../etc/passwd', "' or 1=1 --", 'x'.repeat(5000)),
  fc.constantFrom(1e99, -1e99, 2 ** 63, -0.5, Number.MAX_SAFE_INTEGER + 2, 0, true, null),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
);

function aufloesen(s: Schema): Schema {
  const ref = s.$ref;
  return typeof ref === 'string' ? (komponenten[ref.split('/').pop() ?? ''] ?? {}) : s;
}

function gueltig(roh: Schema, tiefe = 0): fc.Arbitrary<unknown> {
  const s = aufloesen(roh);
  if (tiefe > 6) return fc.constant(null);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  for (const k of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(s[k])) return fc.oneof(...(s[k] as Schema[]).map((x) => gueltig(x, tiefe + 1)));
  if (Array.isArray(s.allOf)) return gueltig((s.allOf as Schema[])[0] ?? {}, tiefe + 1);
  const typ = Array.isArray(s.type) ? fc.constantFrom(...(s.type as string[])) : fc.constant((s.type as string | undefined) ?? 'object');
  return typ.chain((t) => wert(s, t, tiefe));
}

function wert(s: Schema, typ: string, tiefe: number): fc.Arbitrary<unknown> {
  switch (typ) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : -1000;
      const max = typeof s.maximum === 'number' ? Math.min(s.maximum, Number.MAX_SAFE_INTEGER) : 1_000_000;
      return typ === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) })
        : fc.double({ min, max, noNaN: true });
    }
    case 'string': {
      if (s.format === 'date')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (s.format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom(...kennungen));
      if (typeof s.pattern === 'string')
        try {
          return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= ((s.maxLength as number | undefined) ?? 10_000));
        } catch {
          return fc.string();
        }
      return fc.string({
        minLength: (s.minLength as number | undefined) ?? 0,
        maxLength: Math.min((s.maxLength as number | undefined) ?? 30, 30),
      });
    }
    case 'array':
      return fc.array(gueltig((s.items as Schema | undefined) ?? {}, tiefe + 1), {
        maxLength: Math.min((s.maxItems as number | undefined) ?? 3, 3),
      });
    default: {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const pflicht = new Set((s.required ?? []) as string[]);
      const felder = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, gueltig(v, tiefe + 1)]));
      return fc.record(felder, { requiredKeys: Object.keys(props).filter((k) => pflicht.has(k)) });
    }
  }
}

/** Meist nach Schema, oft mit einem verdorbenen Feld, manchmal ganz Unsinn. */
function koerper(s: Schema): fc.Arbitrary<unknown> {
  const g = gueltig(s);
  const verdorben = fc.tuple(g, fc.string({ maxLength: 12 }), unsinn).map(([w, k, x]) => {
    if (w === null || typeof w !== 'object' || Array.isArray(w)) return x;
    const schluessel = Object.keys(w);
    const ziel = schluessel.length && k.length % 2 ? (schluessel[k.length % schluessel.length] ?? k) : k;
    return { ...w, [ziel]: x };
  });
  return fc.oneof({ arbitrary: g, weight: 4 }, { arbitrary: verdorben, weight: 4 }, { arbitrary: unsinn, weight: 1 });
}

function parameterwert(p: Operation['parameter'][number]): fc.Arbitrary<string> {
  const s = p.schema ?? {};
  const text = (w: unknown) => (typeof w === 'string' ? w : (JSON.stringify(w) ?? ''));
  if (p.in === 'path')
    return fc.oneof(
      { arbitrary: fc.constantFrom(...kennungen), weight: 6 },
      { arbitrary: fc.uuid(), weight: 2 },
      { arbitrary: unsinn.map(text), weight: 2 },
    );
  return fc.oneof({ arbitrary: gueltig(s).map(text), weight: 3 }, { arbitrary: unsinn.map(text), weight: 1 });
}

interface Anfrage {
  op: Operation;
  wer: Benutzer;
  url: string;
  body: unknown;
  kopf: Record<string, string>;
}

const anfrageArb = (): fc.Arbitrary<Anfrage> =>
  fc.record({ op: fc.constantFrom(...operationen), wer: fc.constantFrom(...benutzer) }).chain(({ op, wer }) => {
    const pfadParameter = op.parameter.filter((p) => p.in === 'path');
    const abfrage = op.parameter.filter((p) => p.in === 'query');
    return fc
      .record({
        pfad: fc.tuple(...pfadParameter.map(parameterwert)),
        abfrage: fc.tuple(...abfrage.map((p) => fc.option(parameterwert(p), { freq: 2 }))),
        body: op.datei
          ? fc.oneof(
              // Eine echte Datei mit einer verdorbenen Zelle: erreicht das Lesen der Zeilen und das Regelwerk.
              fc
                .tuple(
                  fc.nat(),
                  fc.nat(),
                  unsinn.map((x) => String(x)),
                )
                .map(([zeile, spalte, x]) => {
                  const zeilen = (op.pfad.endsWith('faelle') ? fallCsv : anspruchCsv).split('\r\n');
                  const i = 1 + (zeile % Math.max(1, zeilen.length - 2));
                  const zellen = (zeilen[i] ?? '').split(';');
                  zellen[spalte % Math.max(1, zellen.length)] = x.replace(/[;\r\n"]/g, ' ');
                  zeilen[i] = zellen.join(';');
                  return zeilen.join('\r\n');
                }),
              fc.string({ unit: 'binary', maxLength: 300 }),
              fc
                .array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), unsinn.map(String)), { maxLength: 8 }), { maxLength: 4 })
                .map((z) => z.map((x) => x.join(';')).join('\r\n')),
            )
          : op.body
            ? koerper(op.body)
            : fc.constant(undefined),
        ifMatch: fc.option(fc.constantFrom('"1"', '"2"', '"3"', '*', 'W/"1"', 'kaputt', '"99999999999999999999"'), { freq: 3 }),
        csrf: fc.boolean(),
        idempotenz: fc.option(fc.uuid(), { freq: 4 }),
      })
      .map(({ pfad, abfrage: werte, body, ifMatch, csrf, idempotenz }) => {
        let url = op.pfad;
        pfadParameter.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(pfad[i] ?? ''))));
        const q = abfrage.flatMap((p, i) =>
          werte[i] === null || werte[i] === undefined ? [] : [`${p.name}=${encodeURIComponent(werte[i])}`],
        );
        if (q.length) url += `?${q.join('&')}`;
        // Abmelden beendete die Sitzung des Benutzers für alle folgenden Anfragen: ohne Cookie.
        const mitSitzung = !(op.methode === 'DELETE' && op.pfad === '/api/v1/sitzung');
        const kopf: Record<string, string> = {
          ...(wer.cookie && mitSitzung ? { cookie: wer.cookie } : {}),
          ...(csrf || !wer.csrf ? { 'x-csrf-token': wer.csrf } : {}),
          ...(ifMatch ? { 'if-match': ifMatch } : {}),
          ...(idempotenz ? { 'idempotency-key': idempotenz } : {}),
          ...(op.datei ? { 'content-type': 'text/csv' } : {}),
        };
        const text = () => `${wer.name}: ${op.methode} ${url} ${JSON.stringify(kopf)} ${String(JSON.stringify(body)).slice(0, 1000)}`;
        return { op, wer, url, body, kopf, [fc.toStringMethod]: text };
      });
  });

async function sende(a: Anfrage): Promise<LightMyRequestResponse> {
  const mitKoerper = a.op.methode !== 'GET' && a.op.methode !== 'DELETE';
  return u.app.inject({
    method: a.op.methode as 'GET',
    url: a.url,
    headers: { ...a.kopf, ...(mitKoerper && !a.op.datei ? { 'content-type': 'application/json' } : {}) },
    ...(mitKoerper ? { payload: a.op.datei ? String(a.body) : JSON.stringify(a.body ?? {}) } : {}),
  });
}

describe(`Fuzzer aus dem OpenAPI-Dokument (${testDb})`, () => {
  it(`${anzahl} Anfragen über alle Endpunkte und Benutzer: keine Antwort ≥ 500, abgewiesene Änderungen speichern nichts`, async () => {
    const status = new Map<number, number>();
    const getroffen = new Set<string>();
    let gesendet = 0;
    let bekannt: string | undefined;
    let letzte = '';
    const beginn = Date.now();
    await fc.assert(
      fc.asyncProperty(anfrageArb(), async (a) => {
        const aendernd = a.op.methode !== 'GET';
        // Der Stand nach einer abgewiesenen Änderung ist der Stand vor der nächsten Anfrage.
        const vorher = aendernd ? (bekannt ?? (await fingerabdruck())) : undefined;
        bekannt = undefined;
        const t0 = performance.now();
        const r = await sende(a);
        zeitSenden += performance.now() - t0;
        gesendet++;
        status.set(r.statusCode, (status.get(r.statusCode) ?? 0) + 1);
        getroffen.add(`${a.op.methode} ${a.op.pfad}`);
        const beschreibung = `${a.wer.name}: ${a.op.methode} ${a.url} → ${r.statusCode} ${r.body.slice(0, 300)} (davor: ${letzte})`;
        letzte = `${a.op.methode} ${a.url} → ${r.statusCode}`;
        if (r.statusCode >= 500) throw new Error(`Antwort ≥ 500: ${beschreibung}`);
        if (aendernd && r.statusCode >= 400) {
          const nachher = await fingerabdruck();
          if (nachher !== vorher) throw new Error(`Abgewiesen, aber gespeichert (${unterschied(vorher, nachher)}): ${beschreibung}`);
          bekannt = nachher;
        }
      }),
      { numRuns: anzahl, seed, endOnFailure: true },
    );
    const fuenfhundert = [...status].filter(([s]) => s >= 500).reduce((n, [, k]) => n + k, 0);
    const zusammenfassung = [...status]
      .sort(([a], [b]) => a - b)
      .map(([s, k]) => `${s}×${k}`)
      .join(' ');
    console.log(
      `Fuzz (${testDb}, Startwert ${seed}): ${gesendet} Anfragen, ${getroffen.size}/${operationen.length} Endpunkte, ${benutzer.length} Benutzer, ${Math.round((Date.now() - beginn) / 1000)} s (Anfragen ${Math.round(zeitSenden / 1000)} s, Fingerabdruck ${Math.round(zeitFingerabdruck / 1000)} s); Status ${zusammenfassung}; 5xx = ${fuenfhundert}`,
    );
    expect(fuenfhundert).toBe(0);
    expect(gesendet).toBe(anzahl);
    if (anzahl >= 1000) expect(getroffen.size).toBe(operationen.length);
  }, 600_000);
});
