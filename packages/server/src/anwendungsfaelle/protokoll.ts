// Das Zugriffsprotokoll lesen (§ 35 SGB I, §§ 67 ff. SGB X): wer hat was mit welchem Datensatz
// getan – in Namen statt Kennungen. Jede Zeile behält ihre Rohfelder (für Maschinen und Abfragen)
// und bekommt `darstellung`: Benutzer mit Namen, Datensatz mit Aktenzeichen oder Bezeichnung,
// Einzelheiten mit deutschen Feldnamen, Beträgen in Euro und Daten als TT.MM.JJJJ.
import { euro } from '@egh/recht';
import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import {
  amtshilfeersuchen,
  beitritt,
  benutzer,
  dokument,
  erstattungsanspruch,
  fall,
  mehrkostenvergleich,
  person,
  protokoll,
  traeger,
  vereinbarung,
} from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { amtshilfeStatusnamen } from './amtshilfe.ts';
import { erstattungStatusnamen } from './erstattung.ts';
import { datumDe } from './gemeinsam.ts';

export interface ProtokollFilter {
  von?: string;
  bis?: string;
  objektArt?: string;
  objektId?: string;
  personId?: string;
  benutzername?: string;
  seite: number;
  proSeite: number;
}

/** Eine Angabe der Einzelheiten: deutscher Feldname und lesbarer Wert. */
export interface Angabe {
  feld: string;
  wert: string;
}

export interface Protokolldarstellung {
  /** „Maria Muster (schwaben)“; „System“ ohne Benutzer. */
  benutzer: string;
  /** „gelesen“, „angelegt“, „Status gewechselt“ … */
  aktion: string;
  /** „Erstattungsanspruch S-KE-2013-0815“, „Liste der Fälle“ … */
  objekt: string;
  /** Pseudonym der betroffenen Person, sonst null. */
  person: string | null;
  einzelheiten: Angabe[];
}

export const aktionNamen: Record<string, string> = {
  lesen: 'gelesen',
  anlegen: 'angelegt',
  aendern: 'geändert',
  uebergang: 'Status gewechselt',
  auflisten: 'Liste abgerufen',
  exportieren: 'exportiert',
};

export const objektNamen: Record<string, string> = {
  fall: 'Fall',
  person: 'Person',
  amtshilfeersuchen: 'Amtshilfeersuchen',
  erstattungsanspruch: 'Erstattungsanspruch',
  mehrkostenvergleich: 'Mehrkostenvergleich',
  dokument: 'Dokument',
  traeger: 'Träger',
  vereinbarung: 'Vereinbarung',
  beitritt: 'Beitritt',
  benutzer: 'Benutzer',
  kalender: 'Kalender der Fristen',
};

const listenNamen: Record<string, string> = {
  fall: 'Liste der Fälle',
  amtshilfeersuchen: 'Liste der Amtshilfeersuchen',
  erstattungsanspruch: 'Liste der Erstattungsansprüche',
  mehrkostenvergleich: 'Liste der Mehrkostenvergleiche',
  dokument: 'Liste der Dokumente',
};

/** Deutsche Namen der Felder, die in `details` und in geänderten Feldern vorkommen. */
export const feldNamen: Record<string, string> = {
  aktenzeichen: 'Aktenzeichen',
  aktion: 'Arbeitsschritt',
  vorher: 'Status vorher',
  nachher: 'Status nachher',
  betragCent: 'Betrag',
  forderungCent: 'Forderung',
  datum: 'Datum',
  am: 'Datum',
  stichtag: 'Stichtag',
  felder: 'Geänderte Angaben',
  anzahl: 'Anzahl',
  format: 'Format',
  filter: 'Filter',
  personen: 'Betroffene Personen',
  vorlage: 'Vorlage',
  bezugArt: 'Bezug',
  bezugId: 'Datensatz',
  dateiname: 'Datei',
  xrechnung: 'Rechnungsnummer',
  ersuchter: 'Ersuchter Träger',
  ersuchterId: 'Ersuchter Träger',
  verpflichteter: 'Verpflichteter Träger',
  verpflichteterId: 'Verpflichteter Träger',
  verpflichteterExtern: 'Verpflichteter Träger',
  anspruchstellerId: 'Anspruchsteller',
  traeger: 'Träger',
  traegerId: 'Träger',
  daten: 'Erbetene Daten',
  pseudonym: 'Pseudonym',
  bezeichnung: 'Bezeichnung',
  ergebnis: 'Ergebnis',
  mehrkostenProzent: 'Mehrkosten',
  vereinbarung: 'Vereinbarung',
  ausgetretenAm: 'Ausgetreten am',
  wirksamAb: 'Wirksam ab',
  erklaertAm: 'Erklärt am',
  gewuenschtBis: 'Erbeten bis',
  aufgabe: 'Aufgabe',
  beschreibung: 'Beschreibung',
  leistungszeitraeume: 'Leistungszeiträume',
  kenntnisEntscheidung: 'Kenntnis der Entscheidung',
  rechtsgrundlage: 'Rechtsgrundlage',
  zinsen: 'Zinsen',
  wunsch: 'Wunsch',
  alternativen: 'Alternativen',
  status: 'Status',
  richtung: 'Richtung',
  name: 'Name',
  kurzname: 'Kurzname',
  anschrift: 'Anschrift',
  iban: 'IBAN',
  bic: 'BIC',
  leitwegId: 'Leitweg-ID',
  ohneUnterschrift: 'Schreiben ohne Unterschrift',
  aufsichtsbehoerde: 'Aufsichtsbehörde',
  kontakt: 'Kontakt',
  email: 'E-Mail',
  telefon: 'Telefon',
  pauschalen: 'Pauschalen',
  gueltigAb: 'Gültig ab',
  einwilligung: 'Einwilligung',
  widerspruch: 'Widerspruch',
  begruendung: 'Begründung',
  entscheidung: 'Entscheidung',
  geltendmachung: 'Geltendmachung',
  bezifferung: 'Bezifferung',
  zahlungen: 'Zahlungen',
  phasen: 'Leistungsphasen',
  aufenthalte: 'Aufenthalte',
  antraege: 'Anträge',
  leistungen: 'Leistungen',
  seite: 'Seite',
  proSeite: 'Einträge je Seite',
  suche: 'Suche',
  land: 'Land',
};

const arbeitsschritte: Record<string, string> = {
  zahlung: 'Zahlung erfasst',
  zustaendigkeitPruefen: 'Zuständigkeit geprüft',
  senden: 'gesendet',
  annehmen: 'angenommen',
  ablehnen: 'abgelehnt',
  durchfuehren: 'durchgeführt',
  abrechnen: 'abgerechnet',
  bezahlen: 'bezahlt',
  anmelden: 'angemeldet',
  beziffern: 'beziffert',
  anerkennen: 'anerkannt',
  klagen: 'Klage erhoben',
  erledigen: 'erledigt',
  entscheiden: 'entschieden',
};

const statusNamen: Record<string, string> = { ...erstattungStatusnamen, ...amtshilfeStatusnamen };

const uuidMuster = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ein Feldname ohne Eintrag in `feldNamen`: „gewuenschtBis“ → „Gewuenscht bis“ (nie camelCase). */
export function feldName(schluessel: string): string {
  const bekannt = feldNamen[schluessel];
  if (bekannt) return bekannt;
  const woerter = schluessel
    .replace(/Cent$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return woerter.charAt(0).toUpperCase() + woerter.slice(1);
}

/** Namen zu den Kennungen, die in einer Seite des Protokolls vorkommen. */
type Namen = Map<string, string>;

function wertText(schluessel: string, wert: unknown, namen: Namen): string {
  if (wert === null || wert === undefined || wert === '') return '–';
  if (typeof wert === 'number') {
    if (/Cent$/.test(schluessel)) return euro(wert);
    if (/Prozent$/.test(schluessel)) return `${wert.toLocaleString('de-DE', { maximumFractionDigits: 2 })} %`;
    return wert.toLocaleString('de-DE');
  }
  if (typeof wert === 'boolean') return wert ? 'ja' : 'nein';
  if (typeof wert === 'string') {
    if (schluessel === 'felder') return feldName(wert);
    if (schluessel === 'aktion') return arbeitsschritte[wert] ?? wert;
    if (schluessel === 'vorher' || schluessel === 'nachher' || schluessel === 'status') return statusNamen[wert] ?? wert;
    if (schluessel === 'bezugArt' || schluessel === 'objektArt') return objektNamen[wert] ?? wert;
    if (/^\d{4}-\d{2}-\d{2}$/.test(wert)) return datumDe(wert);
    const name = namen.get(wert);
    if (name) return name;
    if (uuidMuster.test(wert)) return 'nicht mehr vorhanden';
    return wert;
  }
  if (Array.isArray(wert)) {
    if (wert.length === 0) return 'keine';
    if (schluessel === 'personen') return wert.length === 1 ? '1 Person' : `${wert.length.toLocaleString('de-DE')} Personen`;
    return wert.map((w) => wertText(schluessel, w, namen)).join(', ');
  }
  if (typeof wert === 'object') {
    const teile = Object.entries(wert as Record<string, unknown>).map(([k, v]) => `${feldName(k)}: ${wertText(k, v, namen)}`);
    return teile.length ? teile.join('; ') : '–';
  }
  return '–';
}

function einzelheiten(details: Record<string, unknown>, namen: Namen): Angabe[] {
  const angaben: Angabe[] = [];
  for (const [k, v] of Object.entries(details)) {
    // Der Bezug (Art und Kennung) ist eine Angabe: „Datensatz: Erstattungsanspruch S-KE-2013-0815“.
    if (k === 'bezugArt' && typeof details.bezugId === 'string') continue;
    if (k === 'bezugId' && typeof v === 'string') {
      const art = typeof details.bezugArt === 'string' ? (objektNamen[details.bezugArt] ?? details.bezugArt) : '';
      angaben.push({ feld: 'Datensatz', wert: `${art} ${namen.get(v) ?? 'nicht mehr vorhanden'}`.trim() });
      continue;
    }
    angaben.push({ feld: feldName(k), wert: wertText(k, v, namen) });
  }
  return angaben;
}

/** Alle Kennungen (UUIDs und Träger-Schlüssel) einer Seite, je Tabelle aufgelöst in einer Abfrage. */
async function ladeNamen(
  tx: Tx,
  zeilen: (typeof protokoll.$inferSelect)[],
): Promise<{ namen: Namen; benutzerNamen: Map<string, string>; personen: Map<string, string> }> {
  const kennungen = new Set<string>();
  const sammle = (v: unknown) => {
    if (typeof v === 'string') kennungen.add(v);
    else if (Array.isArray(v)) v.forEach(sammle);
    else if (v && typeof v === 'object') Object.values(v).forEach(sammle);
  };
  for (const z of zeilen) {
    if (z.objektId) kennungen.add(z.objektId);
    sammle(z.details);
  }
  const alle = [...kennungen];
  const uuids = alle.filter((k) => uuidMuster.test(k));
  const namen: Namen = new Map();
  const benutzerIds = [...new Set(zeilen.map((z) => z.benutzerId).filter((b): b is string => Boolean(b)))];
  const personIds = [...new Set(zeilen.map((z) => z.personId).filter((p): p is string => Boolean(p)))];
  // Nacheinander: eine Transaktion ist eine Verbindung.
  const traegerZeilen = await (alle.length
    ? tx.select({ id: traeger.id, name: traeger.name }).from(traeger).where(inArray(traeger.id, alle))
    : []);
  const benutzerZeilen = await (benutzerIds.length || uuids.length
    ? tx
        .select({ id: benutzer.id, name: benutzer.name, benutzername: benutzer.benutzername })
        .from(benutzer)
        .where(inArray(benutzer.id, [...new Set([...benutzerIds, ...uuids])]))
    : []);
  const personZeilen = await (personIds.length
    ? tx.select({ id: person.id, pseudonym: person.pseudonym }).from(person).where(inArray(person.id, personIds))
    : []);
  const faelle = await (uuids.length ? tx.select({ id: fall.id, name: fall.aktenzeichen }).from(fall).where(inArray(fall.id, uuids)) : []);
  const ersuchen = await (uuids.length
    ? tx
        .select({ id: amtshilfeersuchen.id, name: amtshilfeersuchen.aktenzeichen })
        .from(amtshilfeersuchen)
        .where(inArray(amtshilfeersuchen.id, uuids))
    : []);
  const ansprueche = await (uuids.length
    ? tx
        .select({ id: erstattungsanspruch.id, name: erstattungsanspruch.aktenzeichen })
        .from(erstattungsanspruch)
        .where(inArray(erstattungsanspruch.id, uuids))
    : []);
  const vergleiche = await (uuids.length
    ? tx
        .select({ id: mehrkostenvergleich.id, name: mehrkostenvergleich.bezeichnung })
        .from(mehrkostenvergleich)
        .where(inArray(mehrkostenvergleich.id, uuids))
    : []);
  const dokumente = await (uuids.length
    ? tx.select({ id: dokument.id, name: dokument.dateiname }).from(dokument).where(inArray(dokument.id, uuids))
    : []);
  const vereinbarungen = await (alle.length
    ? tx.select({ id: vereinbarung.id, name: vereinbarung.bezeichnung }).from(vereinbarung).where(inArray(vereinbarung.id, alle))
    : []);
  const beitritte = await (uuids.length
    ? tx
        .select({ id: beitritt.id, name: traeger.name })
        .from(beitritt)
        .innerJoin(traeger, eq(traeger.id, beitritt.traegerId))
        .where(inArray(beitritt.id, uuids))
    : []);
  for (const z of [...traegerZeilen, ...faelle, ...ersuchen, ...ansprueche, ...vergleiche, ...dokumente, ...vereinbarungen])
    namen.set(z.id, z.name);
  for (const b of beitritte) namen.set(b.id, `von ${b.name}`);
  const benutzerNamen = new Map(benutzerZeilen.map((b) => [b.id, `${b.name} (${b.benutzername})`]));
  for (const [id, n] of benutzerNamen) if (!namen.has(id)) namen.set(id, n);
  return { namen, benutzerNamen, personen: new Map(personZeilen.map((p) => [p.id, p.pseudonym])) };
}

function objektText(z: typeof protokoll.$inferSelect, namen: Namen): string {
  const art = objektNamen[z.objektArt] ?? feldName(z.objektArt);
  if (!z.objektId) return listenNamen[z.objektArt] ?? art;
  const name = namen.get(z.objektId) ?? (typeof z.details.aktenzeichen === 'string' ? z.details.aktenzeichen : undefined);
  return name ? `${art} ${name}` : `${art} (nicht mehr vorhanden)`;
}

/** Eine Seite des Protokolls des eigenen Trägers (Zeilensicherheit), neueste zuerst, mit Darstellung. */
export async function leseProtokoll(tx: Tx, q: ProtokollFilter) {
  const b: SQL[] = [];
  if (q.von) b.push(gte(protokoll.zeit, new Date(`${q.von}T00:00:00+01:00`)));
  if (q.bis) b.push(lte(protokoll.zeit, new Date(`${q.bis}T23:59:59.999+01:00`)));
  if (q.objektArt) b.push(eq(protokoll.objektArt, q.objektArt));
  if (q.objektId) b.push(eq(protokoll.objektId, q.objektId));
  if (q.personId) b.push(eq(protokoll.personId, q.personId));
  if (q.benutzername) b.push(eq(protokoll.benutzername, q.benutzername));
  const zeilen = await tx
    .select()
    .from(protokoll)
    .where(b.length ? and(...b) : undefined)
    .orderBy(desc(protokoll.id))
    .limit(q.proSeite + 1)
    .offset((q.seite - 1) * q.proSeite);
  const seite = zeilen.slice(0, q.proSeite);
  const { namen, benutzerNamen, personen } = await ladeNamen(tx, seite);
  const eintraege = seite.map((z) => ({
    ...z,
    darstellung: {
      benutzer: z.benutzerId ? (benutzerNamen.get(z.benutzerId) ?? z.benutzername ?? 'unbekannt') : (z.benutzername ?? 'System'),
      aktion: aktionNamen[z.aktion] ?? z.aktion,
      objekt: objektText(z, namen),
      person: z.personId ? (personen.get(z.personId) ?? 'ja') : null,
      einzelheiten: einzelheiten(z.details, namen),
    } satisfies Protokolldarstellung,
  }));
  return { eintraege, weitere: zeilen.length > q.proSeite, seite: q.seite, proSeite: q.proSeite };
}
