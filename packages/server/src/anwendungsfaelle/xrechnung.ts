// XRechnung (UBL) zur Abrechnung einer Amtshilfe (Pauschale der Vereinbarung oder Auslagen,
// § 7 SGB X): Rechnungssteller ist der ersuchte Träger, Rechnungsempfänger der ersuchende mit
// seiner Leitweg-ID als Käuferreferenz (BT-10). Fehlen Stammdaten, meldet 422 jede fehlende
// Angabe als Feld des Trägers (so, wie PATCH /traeger/:id sie setzt) – und es gibt keine Rechnung.
// POST …/xrechnung legt die Rechnung als Dokument des Ersuchens ab (dokumente.ts); GET lädt die
// zuletzt abgelegte herunter – eine Rechnung entsteht nur als Dokument.
import { eq } from 'drizzle-orm';
import type { Fehler } from '@egh/recht';
import { type Rechnung, aufgabeName, dateiname, datumText, erzeugeXRechnung, fehlendeRechnungsangaben } from '@egh/briefe';
import { amtshilfeersuchen } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { Fachfehler, nichtGefunden, verboten } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { uebergaenge as amtshilfeUebergaenge } from './amtshilfe.ts';
import { bearbeiter, erfordere, ladeTraeger } from './briefdaten.ts';
import { abrechnungVon, rechnungsnummer } from './briefe-amtshilfe.ts';
import { hindernis } from './briefe-vorlagen.ts';

export interface XRechnungDatei {
  dateiname: string;
  xml: string;
  /** Rechnungsnummer (BT-1) und Betrag für Protokoll und Dokument. */
  nummer: string;
  betragCent: number;
}

type Ersuchen = typeof amtshilfeersuchen.$inferSelect;

/** Das Ersuchen, wenn `k` an ihm beteiligt ist (sonst 404, wie beim Lesen). */
export async function ladeErsuchenFuerRechnung(tx: Tx, k: Benutzerkontext, id: string): Promise<Ersuchen> {
  const [e] = await tx.select().from(amtshilfeersuchen).where(eq(amtshilfeersuchen.id, id));
  if (!e || (k.traegerId !== e.ersuchenderId && k.traegerId !== e.ersuchterId)) throw nichtGefunden('Amtshilfeersuchen');
  return e;
}

/**
 * Die Rechnung aus der gespeicherten Abrechnung (409 ohne erstattungsfähigen Betrag) und den
 * Stammdaten beider Träger; `fehlend` nennt jede fehlende Angabe als Feld des Trägers.
 */
async function baueRechnung(tx: Tx, k: Benutzerkontext, e: Ersuchen): Promise<{ rechnung: Rechnung; fehlend: Fehler[] }> {
  const { abrechnung } = abrechnungVon(e);
  const verkaeufer = await ladeTraeger(tx, e.ersuchterId);
  const kaeufer = await ladeTraeger(tx, e.ersuchenderId);
  const nummer = rechnungsnummer(e.id);
  const art =
    abrechnung.erstattungsart === 'pauschale'
      ? `Pauschale für ${aufgabeName(e.aufgabe)}${abrechnung.vereinbarung ? ` nach der ${abrechnung.vereinbarung.bezeichnung}, Fassung ab ${datumText(abrechnung.vereinbarung.gueltigAb)}` : ''}`
      : 'Auslagen der Amtshilfe (§ 7 Abs. 1 Satz 2 SGB X)';
  const rechnung: Rechnung = {
    nummer,
    datum: abrechnung.am,
    verkaeufer: {
      name: verkaeufer.name,
      anschrift: verkaeufer.anschrift,
      leitwegId: verkaeufer.leitwegId,
      iban: verkaeufer.iban,
      kontakt: {
        name: verkaeufer.kontakt.ansprechpartner ?? (k.traegerId === verkaeufer.id ? bearbeiter(k) : verkaeufer.name),
        telefon: verkaeufer.kontakt.telefon ?? null,
        email: verkaeufer.kontakt.email ?? null,
      },
    },
    kaeufer: { name: kaeufer.name, anschrift: kaeufer.anschrift, leitwegId: kaeufer.leitwegId },
    positionen: [
      {
        bezeichnung: art,
        beschreibung: abrechnung.auslagenBeschreibung ?? `Amtshilfe auf das Ersuchen ${e.aktenzeichen}`,
        betragCent: abrechnung.erstattungCent,
      },
    ],
    // Der Betrag ist der, den das Regelwerk bei der Abrechnung entschieden hat (gespeichert).
    summeCent: abrechnung.erstattungCent,
    // Tag der Leistung (BT-72): die Durchführung; abgerechnet wird erst danach (BR-DE-TMP-32).
    leistungsdatum: e.durchgefuehrtAm ?? abrechnung.am,
    auftragsreferenz: e.aktenzeichen,
    hinweise: [
      // Eine Pauschale nach einer Vereinbarung mit Beispielbeträgen trägt das schon im Namen der
      // Vereinbarung in der Position; Auslagen haben mit der Vereinbarung nichts zu tun.
      abrechnung.erstattungsart === 'pauschale'
        ? 'Kostenerstattung für Amtshilfe nach der Verwaltungsvereinbarung (§ 7 Abs. 1 Satz 3 SGB X).'
        : 'Erstattung von Auslagen der Amtshilfe (§ 7 Abs. 1 Satz 2 SGB X).',
    ],
  };
  const traegerFuer = (pfad: string) => (pfad.startsWith('/rechnungssteller') ? verkaeufer.id : kaeufer.id);
  const fehlend = fehlendeRechnungsangaben(rechnung).map((f) => ({
    pfad: f.pfad.replace(/^\/rechnungs(steller|empfaenger)/, `/traeger/${traegerFuer(f.pfad)}`),
    meldung: f.meldung,
  }));
  return { rechnung, fehlend };
}

function stammdatenUnvollstaendig(fehlend: Fehler[]): Fachfehler {
  return new Fachfehler(
    422,
    'stammdaten-unvollstaendig',
    'Stammdaten für die XRechnung unvollständig',
    'Für die XRechnung fehlen Stammdaten. Bitte ergänzen Sie jede genannte Angabe beim Träger (Träger & Vereinbarung, PATCH /api/v1/traeger/{id}).',
    fehlend,
  );
}

/** Die XRechnung eines Ersuchens; 422 mit jeder fehlenden Stammdatenangabe – dann gibt es keine Rechnung. */
export async function erzeugeXRechnungDatei(tx: Tx, k: Benutzerkontext, e: Ersuchen): Promise<XRechnungDatei> {
  const { rechnung, fehlend } = await baueRechnung(tx, k, e);
  if (fehlend.length) throw stammdatenUnvollstaendig(fehlend);
  const xml = await erzeugeXRechnung(rechnung);
  return {
    dateiname: dateiname('kostenanforderung', rechnung.nummer, rechnung.datum, 'xml').replace(/^kostenanforderung_/, 'xrechnung_'),
    xml,
    nummer: rechnung.nummer,
    betragCent: rechnung.summeCent,
  };
}

/**
 * Wer die XRechnung als Dokument des Ersuchens ablegt: der ersuchte Träger – er ist Rechnungssteller
 * (§ 7 Abs. 1 SGB X: er hat Anspruch auf die Erstattung) – mit der Rolle, die abrechnet, und erst
 * nach der Abrechnung mit erstattungsfähigem Betrag. Wirft den Fehler, den das Ablegen meldete.
 */
export function pruefeXRechnungAblage(k: Benutzerkontext, e: Ersuchen): void {
  if (k.traegerId !== e.ersuchterId) throw verboten('Die XRechnung stellt der ersuchte Träger aus (Rechnungssteller).');
  erfordere(k, amtshilfeUebergaenge.abrechnen.rollen, 'Die XRechnung');
  abrechnungVon(e);
}

export interface XRechnungStand {
  moeglich: boolean;
  grund: string | null;
  /** Fehlende Stammdaten (JSON-Pointer des Trägers), die das Erzeugen mit 422 meldete. */
  fehlendeStammdaten: Fehler[];
}

/** Kann `k` die XRechnung jetzt ablegen? Mit Grund und den fehlenden Stammdaten (für die Oberfläche). */
export async function xrechnungStand(tx: Tx, k: Benutzerkontext, e: Ersuchen): Promise<XRechnungStand> {
  const h = hindernis(() => pruefeXRechnungAblage(k, e));
  if (h) return { moeglich: false, grund: h.message, fehlendeStammdaten: [] };
  const { fehlend } = await baueRechnung(tx, k, e);
  if (!fehlend.length) return { moeglich: true, grund: null, fehlendeStammdaten: [] };
  return { moeglich: false, grund: stammdatenUnvollstaendig(fehlend).message, fehlendeStammdaten: fehlend };
}
