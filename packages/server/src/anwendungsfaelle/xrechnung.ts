// XRechnung (UBL) zur Abrechnung einer Amtshilfe (Pauschale der Vereinbarung oder Auslagen,
// § 7 SGB X): Rechnungssteller ist der ersuchte Träger, Rechnungsempfänger der ersuchende mit
// seiner Leitweg-ID als Käuferreferenz (BT-10). Fehlen Stammdaten, meldet 422 jede fehlende
// Angabe als Feld des Trägers (so, wie PATCH /traeger/:id sie setzt) – und es gibt keine Rechnung.
import { eq } from 'drizzle-orm';
import { type Rechnung, aufgabeName, dateiname, datumText, erzeugeXRechnung, fehlendeRechnungsangaben } from '@egh/briefe';
import { amtshilfeersuchen } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { Fachfehler, nichtGefunden } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { bearbeiter, ladeTraeger } from './briefdaten.ts';
import { abrechnungVon, rechnungsnummer } from './briefe-amtshilfe.ts';
import { protokolliere } from './gemeinsam.ts';

export interface XRechnungDatei {
  dateiname: string;
  xml: string;
}

export async function xrechnungFuerErsuchen(tx: Tx, k: Benutzerkontext, id: string): Promise<XRechnungDatei> {
  const [e] = await tx.select().from(amtshilfeersuchen).where(eq(amtshilfeersuchen.id, id));
  if (!e || (k.traegerId !== e.ersuchenderId && k.traegerId !== e.ersuchterId)) throw nichtGefunden('Amtshilfeersuchen');
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
    leistungsdatum: e.durchgefuehrtAm,
    auftragsreferenz: e.aktenzeichen,
    hinweise: [
      abrechnung.erstattungsart === 'pauschale'
        ? 'Kostenerstattung für Amtshilfe nach der Verwaltungsvereinbarung (§ 7 Abs. 1 Satz 3 SGB X).'
        : 'Erstattung von Auslagen der Amtshilfe (§ 7 Abs. 1 Satz 2 SGB X).',
      ...(abrechnung.vereinbarung?.beispiel ? ['BEISPIEL: Pauschale aus Beispielbeträgen der Demo (recht.md OQ-1).'] : []),
    ],
  };
  const fehlend = fehlendeRechnungsangaben(rechnung);
  if (fehlend.length) {
    const traegerFuer = (pfad: string) => (pfad.startsWith('/rechnungssteller') ? verkaeufer.id : kaeufer.id);
    throw new Fachfehler(
      422,
      'stammdaten-unvollstaendig',
      'Stammdaten für die XRechnung unvollständig',
      'Für die XRechnung fehlen Stammdaten. Bitte ergänzen Sie jede genannte Angabe beim Träger (Träger & Vereinbarung, PATCH /api/v1/traeger/{id}).',
      fehlend.map((f) => ({
        pfad: f.pfad.replace(/^\/rechnungs(steller|empfaenger)/, `/traeger/${traegerFuer(f.pfad)}`),
        meldung: f.meldung,
      })),
    );
  }
  const xml = await erzeugeXRechnung(rechnung);
  await protokolliere(tx, k, 'exportieren', 'amtshilfeersuchen', id, { xrechnung: nummer, betragCent: abrechnung.erstattungCent });
  return { dateiname: dateiname('kostenanforderung', nummer, abrechnung.am, 'xml').replace(/^kostenanforderung_/, 'xrechnung_'), xml };
}
