// Import von Erstattungsansprüchen aus CSV oder XLSX: alles oder nichts. Die ganze Datei wird
// gelesen und geprüft (erstattung-lesen.ts); ist eine Zeile fehlerhaft, wird nichts gespeichert und
// der Bericht nennt jede fehlerhafte Zeile mit Spalte und Meldung. Sonst werden alle Ansprüche in
// einer Transaktion angelegt – einzeln über den Anwendungsfall legeAnspruchAn (wie die API) oder,
// bei großen Dateien, über den Massenpfad (erstattung-masse.ts). Der Massenpfad schreibt schon
// während des Lesens; ein Fehler in der Datei nimmt das Geschriebene zurück. Mit PostgreSQL ist das
// eine Transaktion, mit PGlite ein Lauf aus kurzen Transaktionen, unsichtbar bis zur Freigabe
// (importlauf.ts). Die Datei wird als Strom gelesen (dateien.ts, Importdatei).
import { and, eq } from 'drizzle-orm';
import { erstattungsanspruch, fall, person, traeger } from '../db/schema.ts';
import { type Datenbank, type Mandant, alsMandant } from '../db/verbindung.ts';
import { Fachfehler } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { fuehreAus, legeAnspruchAn } from '../anwendungsfaelle/erstattung.ts';
import { heute } from '../anwendungsfaelle/gemeinsam.ts';
import { type Format, type Importdatei, dateiAusPuffer, liesBloecke } from './dateien.ts';
import { beginneLauf, veroeffentliche, verwerfe } from './importlauf.ts';
import {
  type Anspruchsstrom,
  type Leseergebnis,
  type Lesekontext,
  type Zeilenfehler,
  Fehlerliste,
  anspruchsschluessel,
  liesAnsprueche,
  ortDesFehlers,
} from './erstattung-lesen.ts';
import { inStapeln, schreibeMasse, schreibeWaehrendDesLesens } from './erstattung-masse.ts';
import { spalteVon } from './erstattung-spalten.ts';

export type Verarbeitung = 'einzeln' | 'masse' | 'automatisch';

/** Ab so vielen Ansprüchen wählt „automatisch“ den Massenpfad. */
export const masseAb = 200;

export interface Importoptionen {
  /** Stichtag für § 111 (gewahrt/offen) und § 113; Standard: heute. */
  stichtag?: string;
  verarbeitung?: Verarbeitung;
  fortschritt?: (phase: 'lesen' | 'speichern', erledigt: number, gesamt?: number) => void;
}

export interface Importbericht {
  ok: boolean;
  format: Format;
  /** Gelesene Datenzeilen (ohne Kopfzeile und leere Zeilen). */
  zeilen: number;
  /** Angelegte Ansprüche und Zeiträume (0, wenn ein Fehler auftrat: alles oder nichts). */
  ansprueche: number;
  zeitraeume: number;
  verarbeitung: 'einzeln' | 'masse' | null;
  /** Aufrufe des Regelwerks für Rechtsgrundlage und Betrag (einmal je verschiedener Eingabe). */
  regelwerksaufrufe: number;
  fehlerAnzahl: number;
  /** Die ersten 1.000 Fehler, nach Zeile geordnet. */
  fehler: Zeilenfehler[];
}

class Abbruch extends Error {}

async function lesekontext(d: Datenbank, m: Mandant, traegerId: string, stichtag: string): Promise<Lesekontext> {
  return alsMandant(d.db, m, async (tx) => {
    const register = new Map((await tx.select({ id: traeger.id, land: traeger.land }).from(traeger)).map((t) => [t.id, t.land]));
    const faelle = new Map(
      (
        await tx
          .select({ az: fall.aktenzeichen, id: fall.id, pseudonym: person.pseudonym })
          .from(fall)
          .innerJoin(person, eq(person.id, fall.personId))
          .where(eq(fall.traegerId, traegerId))
      ).map((f) => [f.az, { id: f.id, pseudonym: f.pseudonym }]),
    );
    const vorhandene = new Set(
      (
        await tx
          .select({
            az: erstattungsanspruch.aktenzeichen,
            id: erstattungsanspruch.verpflichteterId,
            extern: erstattungsanspruch.verpflichteterExtern,
          })
          .from(erstattungsanspruch)
          .where(and(eq(erstattungsanspruch.anspruchstellerId, traegerId)))
      ).map((a) => anspruchsschluessel(a.az, a.id, a.extern)),
    );
    return { traegerId, register, faelle, vorhandene, stichtag };
  });
}

function bericht(format: Format, zeilen: number, fehler: Fehlerliste, aufrufe: number): Importbericht {
  return {
    ok: fehler.anzahl === 0,
    format,
    zeilen,
    ansprueche: 0,
    zeitraeume: 0,
    verarbeitung: null,
    regelwerksaufrufe: aufrufe,
    fehlerAnzahl: fehler.anzahl,
    fehler: [...fehler.liste].sort((a, b) => a.zeile - b.zeile),
  };
}

/**
 * Importiert die Erstattungsansprüche einer CSV- oder XLSX-Datei für den Träger des Benutzers
 * (Kostenerstattung). Gibt den Bericht zurück; gespeichert ist alles oder nichts.
 */
export async function importiereAnsprueche(
  d: Datenbank,
  k: Benutzerkontext & { traegerId: string },
  m: Mandant,
  quelle: Buffer | Importdatei,
  o: Importoptionen = {},
): Promise<Importbericht> {
  const stichtag = o.stichtag ?? heute();
  const kontext = await lesekontext(d, m, k.traegerId, stichtag);
  const datei = Buffer.isBuffer(quelle) ? dateiAusPuffer(quelle) : quelle;
  const format = datei.format;
  // PGlite hat eine Verbindung: Der Massenpfad schreibt dort in kurzen Transaktionen, unsichtbar bis
  // zur Freigabe (importlauf.ts). Kein Lauf bleibt zurück: veröffentlicht oder verworfen.
  const laeufe: string[] = [];
  const neuerLauf = async () => {
    if (d.art !== 'pglite') return undefined;
    const l = await beginneLauf(d, k.traegerId);
    laeufe.push(l);
    return l;
  };
  try {
    // Der Massenpfad schreibt schon, während Node die Datei weiter liest und prüft: Im Speicher
    // bleiben nur die Schlüssel der geschriebenen Ansprüche, nicht die Ansprüche selbst.
    let gesamt: number | undefined;
    const lauf = o.verarbeitung !== 'einzeln' ? await neuerLauf() : undefined;
    const waehrend =
      o.verarbeitung !== 'einzeln'
        ? schreibeWaehrendDesLesens(
            d,
            k,
            stichtag,
            o.verarbeitung === 'masse' ? 1 : masseAb,
            (n) => {
              if (gesamt !== undefined) o.fortschritt?.('speichern', n, gesamt);
            },
            lauf ? { lauf } : {},
          )
        : undefined;
    const lies = (strom?: Anspruchsstrom): Promise<Leseergebnis & { unlesbar?: true }> =>
      liesAnsprueche(liesBloecke(datei).bloecke, kontext, (n) => o.fortschritt?.('lesen', n), strom).catch((e: unknown) => {
        // Eine Datei, die sich nicht lesen lässt (kaputtes XLSX, ungeschlossene Anführungszeichen).
        const f = new Fehlerliste();
        const zeile = (e as { lines?: unknown }).lines;
        f.melde(
          typeof zeile === 'number' ? zeile : 1,
          '',
          `Die Datei lässt sich nicht als ${format.toUpperCase()} lesen: ${(e as Error).message}`,
        );
        return { ansprueche: [], zeilen: 0, fehler: f, regelwerksaufrufe: 0, unlesbar: true };
      });
    let gelesen = await lies(waehrend?.strom);
    if (waehrend && !gelesen.neuLesen && !gelesen.fehler.anzahl && waehrend.vollstaendig(gelesen.ansprueche.length)) {
      gesamt = waehrend.anzahl();
      await waehrend.abschliessen();
      if (lauf) await veroeffentliche(d, lauf);
      const b = bericht(format, gelesen.zeilen, gelesen.fehler, gelesen.regelwerksaufrufe);
      return { ...b, ansprueche: waehrend.anzahl(), zeitraeume: waehrend.zeitraeume(), verarbeitung: 'masse' };
    }
    // Ein Fehler in der Datei, eine ungeordnete Datei (die Zeilen eines Anspruchs stehen nicht
    // beieinander) oder noch unter der Schwelle des Massenpfads: das Geschriebene verwerfen. Hat der
    // Leser schon Ansprüche abgegeben, die nun fehlen, liest er die Datei noch einmal (ohne Strom).
    await waehrend?.verwerfen();
    if (lauf) await verwerfe(d, lauf);
    if (gelesen.neuLesen || (waehrend?.uebernommen() && !gelesen.fehler.anzahl)) gelesen = await lies();
    if (gelesen.unlesbar) return bericht(format, 0, gelesen.fehler, 0);
    return await speichere(d, k, m, gelesen, format, stichtag, o, neuerLauf);
  } finally {
    // Nach einem Fehler (auch der Datenbank): Was ein Lauf schon geschrieben hat, wieder löschen.
    for (const l of laeufe) await verwerfe(d, l).catch(() => undefined);
  }
}

/** Speichert vollständig gelesene Ansprüche (einzeln oder im Massenpfad). */
async function speichere(
  d: Datenbank,
  k: Benutzerkontext & { traegerId: string },
  m: Mandant,
  gelesen: Leseergebnis,
  format: Format,
  stichtag: string,
  o: Importoptionen,
  neuerLauf: () => Promise<string | undefined>,
): Promise<Importbericht> {
  const { ansprueche, fehler } = gelesen;
  const b = bericht(format, gelesen.zeilen, fehler, gelesen.regelwerksaufrufe);
  if (fehler.anzahl) return b;
  const zeitraeume = ansprueche.reduce((s, a) => s + a.eingabe.leistungszeitraeume.length, 0);

  const weg =
    o.verarbeitung === 'einzeln' || o.verarbeitung === 'masse' ? o.verarbeitung : ansprueche.length >= masseAb ? 'masse' : 'einzeln';
  if (weg === 'masse') {
    const lauf = await neuerLauf();
    const fortschritt = (n: number) => o.fortschritt?.('speichern', n, ansprueche.length);
    await schreibeMasse(d, k, inStapeln(ansprueche, lauf ? 100 : undefined), stichtag, fortschritt, lauf ? { lauf } : {});
    if (lauf) await veroeffentliche(d, lauf);
  } else {
    try {
      await alsMandant(d.db, m, async (tx) => {
        for (const [i, a] of ansprueche.entries()) {
          try {
            // Ein Sicherungspunkt je Anspruch: Fehler aller Ansprüche werden gesammelt, gespeichert wird keiner.
            await tx.transaction(async (sp) => {
              let neu = await legeAnspruchAn(sp, k, a.eingabe, stichtag);
              if (a.angemeldetAm) neu = await fuehreAus(sp, k, neu.id, neu.version, { aktion: 'anmelden', am: a.angemeldetAm }, stichtag);
              if (a.beziffertAm) await fuehreAus(sp, k, neu.id, neu.version, { aktion: 'beziffern', am: a.beziffertAm }, stichtag);
            });
          } catch (e) {
            if (!(e instanceof Fachfehler)) throw e;
            if (e.fehler?.length)
              for (const f of e.fehler) {
                const ort = ortDesFehlers(f.pfad, a.zeile, a.zeitraumZeilen);
                fehler.melde(ort.zeile, ort.spalte, f.meldung);
              }
            else fehler.melde(a.zeile, spalteVon.aktenzeichen.kopf, e.message);
          }
          o.fortschritt?.('speichern', i + 1, ansprueche.length);
        }
        if (fehler.anzahl) throw new Abbruch();
      });
    } catch (e) {
      if (e instanceof Abbruch) return bericht(format, gelesen.zeilen, fehler, gelesen.regelwerksaufrufe);
      throw e;
    }
  }
  return { ...b, ansprueche: ansprueche.length, zeitraeume, verarbeitung: weg };
}
