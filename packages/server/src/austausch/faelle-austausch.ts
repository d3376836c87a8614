// Import und Export von Fällen (mit Person) als CSV oder XLSX: eine Zeile je Fall. Die Verläufe
// (Aufenthalte, Leistungen, Anträge, Unterbrechungen) und die Angaben zu § 98 und § 14 SGB IX
// stehen als JSON in je einer Spalte, im Format der API (docs/AUSTAUSCH.md). Der Import legt jeden
// Fall über den Anwendungsfall legeFallAn an (Regelwerk, Fristen, Protokoll), alles oder nichts.
import type { Writable } from 'node:stream';
import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { fall, person } from '../db/schema.ts';
import type { Aufenthalt, Leistung } from '../db/schema.ts';
import { type Datenbank, type Mandant, alsMandant } from '../db/verbindung.ts';
import { Fachfehler } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { type FallEingabe, legeFallAn } from '../anwendungsfaelle/faelle.ts';
import { heute, protokolliere } from '../anwendungsfaelle/gemeinsam.ts';
import { type Ausgabewert, type Format, type Spalte, liesZeilen, schreibeTabelle } from './dateien.ts';
import { Fehlerliste, type Zeilenfehler } from './erstattung-lesen.ts';
import { type Zellwert, istLeer, liesDatum, liesJsonListe, liesJsonObjekt, text } from './zellen.ts';

type FallSchluessel =
  | 'aktenzeichen'
  | 'nachname'
  | 'vorname'
  | 'geburtsdatum'
  | 'strasse'
  | 'plz'
  | 'ort'
  | 'bemerkung'
  | 'aufenthalte'
  | 'leistungen'
  | 'antraege'
  | 'unterbrechungen'
  | 'zustaendigkeitsangaben'
  | 'zustaendigkeitsklaerung'
  | 'status'
  | 'pseudonym';

interface FallSpalte extends Spalte {
  schluessel: FallSchluessel;
  pflicht?: boolean;
  nurAusgabe?: boolean;
}

export const fallSpalten: FallSpalte[] = [
  { schluessel: 'aktenzeichen', kopf: 'Aktenzeichen', art: 'text', pflicht: true, breite: 18 },
  { schluessel: 'nachname', kopf: 'Nachname', art: 'text', pflicht: true },
  { schluessel: 'vorname', kopf: 'Vorname', art: 'text', pflicht: true },
  { schluessel: 'geburtsdatum', kopf: 'Geburtsdatum', art: 'datum' },
  { schluessel: 'strasse', kopf: 'Straße', art: 'text' },
  { schluessel: 'plz', kopf: 'PLZ', art: 'text' },
  { schluessel: 'ort', kopf: 'Ort', art: 'text' },
  { schluessel: 'bemerkung', kopf: 'Bemerkung', art: 'text', breite: 30 },
  { schluessel: 'aufenthalte', kopf: 'Aufenthalte (JSON)', art: 'text', breite: 40 },
  { schluessel: 'leistungen', kopf: 'Leistungen (JSON)', art: 'text', breite: 40 },
  { schluessel: 'antraege', kopf: 'Anträge (JSON)', art: 'text', breite: 30 },
  { schluessel: 'unterbrechungen', kopf: 'Unterbrechungen (JSON)', art: 'text', breite: 30 },
  { schluessel: 'zustaendigkeitsangaben', kopf: 'Weitere Angaben zur Zuständigkeit (JSON)', art: 'text', breite: 30 },
  { schluessel: 'zustaendigkeitsklaerung', kopf: 'Zuständigkeitsklärung § 14 SGB IX (JSON)', art: 'text', breite: 30 },
  { schluessel: 'status', kopf: 'Status', art: 'text', nurAusgabe: true },
  { schluessel: 'pseudonym', kopf: 'Pseudonym', art: 'text', nurAusgabe: true },
];

const spalte = Object.fromEntries(fallSpalten.map((s) => [s.schluessel, s])) as Record<FallSchluessel, FallSpalte>;
const normiert = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export interface Fallbericht {
  ok: boolean;
  format: Format;
  zeilen: number;
  faelle: number;
  fehlerAnzahl: number;
  fehler: Zeilenfehler[];
}

/** Fehlerpfad des Anwendungsfalls bzw. Regelwerks → Spalte. */
function spalteZuPfad(pfad: string): string {
  const erster = pfad.split('/').filter(Boolean)[0] ?? '';
  const direkt: Partial<Record<string, FallSchluessel>> = {
    aktenzeichen: 'aktenzeichen',
    aufenthalte: 'aufenthalte',
    leistungen: 'leistungen',
    antraege: 'antraege',
    unterbrechungen: 'unterbrechungen',
    zustaendigkeitsklaerung: 'zustaendigkeitsklaerung',
    stichtag: 'aufenthalte',
  };
  return spalte[direkt[erster] ?? 'zustaendigkeitsangaben'].kopf;
}

interface GeleseneFall {
  zeile: number;
  eingabe: FallEingabe;
}

async function liesFaelle(daten: Buffer, fehler: Fehlerliste): Promise<{ format: Format; zeilen: number; faelle: GeleseneFall[] }> {
  const { format, zeilen } = liesZeilen(daten);
  const faelle: GeleseneFall[] = [];
  let index: Map<FallSchluessel, number> | undefined;
  let anzahl = 0;
  const gesehen = new Map<string, number>();
  for await (const z of zeilen) {
    if (!index) {
      index = new Map();
      const bekannt = new Map(fallSpalten.map((s) => [normiert(s.kopf), s]));
      for (const [i, k] of z.zellen.entries()) {
        const name = text(k);
        if (!name) continue;
        const s = bekannt.get(normiert(name));
        if (!s) fehler.melde(1, name, `Unbekannte Spalte „${name}“. Die Spalten sind in docs/AUSTAUSCH.md beschrieben.`);
        else index.set(s.schluessel, i);
      }
      for (const s of fallSpalten)
        if (s.pflicht && !index.has(s.schluessel)) fehler.melde(1, s.kopf, `Pflichtspalte „${s.kopf}“ fehlt in der Kopfzeile.`);
      if (fehler.anzahl) return { format, zeilen: 0, faelle };
      continue;
    }
    if (z.zellen.every(istLeer)) continue;
    anzahl++;
    const ix = index;
    const zelle = (s: FallSchluessel): Zellwert => {
      const i = ix.get(s);
      return i === undefined ? null : (z.zellen[i] ?? null);
    };
    const vorher = fehler.anzahl;
    const melde = (s: FallSchluessel, m: string) => fehler.melde(z.nummer, spalte[s].kopf, m);
    for (const s of fallSpalten) if (s.pflicht && istLeer(zelle(s.schluessel))) melde(s.schluessel, 'Pflichtfeld fehlt.');
    const az = text(zelle('aktenzeichen'));
    const doppelt = gesehen.get(az);
    if (az && doppelt) melde('aktenzeichen', `Das Aktenzeichen „${az}“ steht schon in Zeile ${doppelt}.`);
    else gesehen.set(az, z.nummer);
    const geburt = istLeer(zelle('geburtsdatum')) ? undefined : liesDatum(zelle('geburtsdatum'));
    if (geburt && !geburt.ok) melde('geburtsdatum', geburt.meldung);
    const plz = text(zelle('plz'));
    if (plz && !/^\d{5}$/.test(plz)) melde('plz', `Eine Postleitzahl hat fünf Ziffern: „${plz}“.`);
    const listen = {} as Record<'aufenthalte' | 'leistungen' | 'antraege' | 'unterbrechungen', unknown[]>;
    for (const s of ['aufenthalte', 'leistungen', 'antraege', 'unterbrechungen'] as const) {
      const g = liesJsonListe(zelle(s));
      if (g.ok) listen[s] = g.wert;
      else melde(s, g.meldung);
    }
    const angaben = liesJsonObjekt(zelle('zustaendigkeitsangaben'));
    if (!angaben.ok) melde('zustaendigkeitsangaben', angaben.meldung);
    const klaerung = liesJsonObjekt(zelle('zustaendigkeitsklaerung'));
    if (!klaerung.ok) melde('zustaendigkeitsklaerung', klaerung.meldung);
    const status = text(zelle('status')).toLowerCase();
    if (status && status !== 'offen')
      melde('status', `Importiert werden offene Fälle; „${text(zelle('status'))}“ wird auf der Plattform gesetzt, nicht beim Import.`);
    for (const [s, max] of [
      ['aktenzeichen', 60],
      ['nachname', 100],
      ['vorname', 100],
      ['strasse', 200],
      ['ort', 100],
      ['bemerkung', 5000],
    ] as const) {
      const t = text(zelle(s));
      if (t.length > max) melde(s, `Höchstens ${max} Zeichen (hier ${t.length}).`);
    }
    if (fehler.anzahl > vorher) continue;
    const strasse = text(zelle('strasse'));
    const ort = text(zelle('ort'));
    faelle.push({
      zeile: z.nummer,
      eingabe: {
        aktenzeichen: az,
        person: {
          nachname: text(zelle('nachname')),
          vorname: text(zelle('vorname')),
          geburtsdatum: geburt?.ok ? geburt.wert : null,
          anschrift: { ...(strasse ? { strasse } : {}), ...(plz ? { plz } : {}), ...(ort ? { ort } : {}) },
        },
        aufenthalte: listen.aufenthalte as Aufenthalt[],
        leistungen: listen.leistungen as Leistung[],
        antraege: listen.antraege as FallEingabe['antraege'],
        unterbrechungen: listen.unterbrechungen as FallEingabe['unterbrechungen'],
        zustaendigkeitsangaben: (angaben.ok ? angaben.wert : undefined) ?? {},
        zustaendigkeitsklaerung: (klaerung.ok ? klaerung.wert : undefined) ?? null,
        bemerkung: text(zelle('bemerkung')) || null,
      },
    });
  }
  if (!index) fehler.melde(1, '', 'Die Datei ist leer: Es fehlt die Kopfzeile mit den Spaltenüberschriften.');
  else if (anzahl === 0 && !fehler.anzahl) fehler.melde(2, '', 'Die Datei enthält keine Zeilen unter der Kopfzeile.');
  return { format, zeilen: anzahl, faelle };
}

class Abbruch extends Error {}

/** Importiert Fälle für den Träger des Benutzers; alles oder nichts. */
export async function importiereFaelle(
  d: Datenbank,
  k: Benutzerkontext & { traegerId: string },
  m: Mandant,
  daten: Buffer,
  o: { stichtag?: string; fortschritt?: (n: number, gesamt: number) => void } = {},
): Promise<Fallbericht> {
  const fehler = new Fehlerliste();
  let gelesen: Awaited<ReturnType<typeof liesFaelle>>;
  try {
    gelesen = await liesFaelle(daten, fehler);
  } catch (e) {
    fehler.melde(1, '', `Die Datei lässt sich nicht lesen: ${(e as Error).message}`);
    return { ok: false, format: 'csv', zeilen: 0, faelle: 0, fehlerAnzahl: fehler.anzahl, fehler: fehler.liste };
  }
  const bericht = (faelle: number): Fallbericht => ({
    ok: fehler.anzahl === 0,
    format: gelesen.format,
    zeilen: gelesen.zeilen,
    faelle,
    fehlerAnzahl: fehler.anzahl,
    fehler: [...fehler.liste].sort((a, b) => a.zeile - b.zeile),
  });
  if (fehler.anzahl) return bericht(0);
  try {
    await alsMandant(d.db, m, async (tx) => {
      for (const [i, f] of gelesen.faelle.entries()) {
        try {
          await tx.transaction((sp) => legeFallAn(sp, k, f.eingabe, o.stichtag ?? heute()));
        } catch (e) {
          if (!(e instanceof Fachfehler)) throw e;
          if (e.fehler?.length) for (const x of e.fehler) fehler.melde(f.zeile, spalteZuPfad(x.pfad), x.meldung);
          else fehler.melde(f.zeile, spalte.aktenzeichen.kopf, e.message);
        }
        o.fortschritt?.(i + 1, gelesen.faelle.length);
      }
      if (fehler.anzahl) throw new Abbruch();
    });
  } catch (e) {
    if (e instanceof Abbruch) return bericht(0);
    throw e;
  }
  return bericht(gelesen.faelle.length);
}

const json = (w: unknown) =>
  w === null || w === undefined || (Array.isArray(w) && !w.length) || (typeof w === 'object' && !Object.keys(w).length)
    ? null
    : JSON.stringify(w);

/** Exportiert die Fälle des eigenen Trägers; protokolliert den Export mit den Personen. */
export async function exportiereFaelle(
  d: Datenbank,
  k: Benutzerkontext & { traegerId: string },
  m: Mandant,
  filter: { suche?: string; status?: 'offen' | 'abgeschlossen' },
  format: Format,
  ziel: Writable,
): Promise<number> {
  return alsMandant(d.db, m, async (tx) => {
    const b: SQL[] = [eq(fall.traegerId, k.traegerId)];
    if (filter.status) b.push(eq(fall.status, filter.status));
    if (filter.suche) {
      const muster = `%${filter.suche.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      const t = or(
        ilike(fall.aktenzeichen, muster),
        ilike(person.nachname, muster),
        ilike(person.vorname, muster),
        ilike(person.pseudonym, muster),
      );
      if (t) b.push(t);
    }
    const zeilen = await tx
      .select({ f: fall, p: person })
      .from(fall)
      .innerJoin(person, eq(person.id, fall.personId))
      .where(and(...b))
      .orderBy(asc(fall.aktenzeichen), asc(fall.id));
    const werte = zeilen.map(({ f, p }) => {
      const w: Record<FallSchluessel, Ausgabewert> = {
        aktenzeichen: f.aktenzeichen,
        nachname: p.nachname,
        vorname: p.vorname,
        geburtsdatum: p.geburtsdatum,
        strasse: p.anschrift.strasse ?? null,
        plz: p.anschrift.plz ?? null,
        ort: p.anschrift.ort ?? null,
        bemerkung: f.bemerkung,
        aufenthalte: json(f.aufenthalte),
        leistungen: json(f.leistungen),
        antraege: json(f.antraege),
        unterbrechungen: json(f.unterbrechungen),
        zustaendigkeitsangaben: json(f.zustaendigkeitsangaben),
        zustaendigkeitsklaerung: json(f.zustaendigkeitsklaerung),
        status: f.status,
        pseudonym: p.pseudonym,
      };
      return fallSpalten.map((s) => w[s.schluessel]);
    });
    await schreibeTabelle(ziel, format, 'Fälle', fallSpalten, werte);
    await protokolliere(tx, k, 'exportieren', 'fall', null, { anzahl: zeilen.length, format, filter, personen: zeilen.map((z) => z.p.id) });
    return zeilen.length;
  });
}
