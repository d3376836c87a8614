// Briefe der Amtshilfe (§§ 3–7 SGB X): Ersuchen, Antwort oder Ablehnung mit Gründen,
// Kostenanforderung und Erinnerung – jeweils von der Seite, der der Brief zusteht. Die
// Begründungen sind die gespeicherten Entscheidungen der Prüfungen amtshilfe und datenuebermittlung.
import { eq } from 'drizzle-orm';
import { type Vorlage, datumText, vorlagen } from '@egh/briefe';
import { datum } from '@egh/recht';
import { amtshilfeersuchen } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { amtshilfeStatusnamen, uebergaenge as amtshilfeUebergaenge } from './amtshilfe.ts';
import {
  type Brief,
  type Briefoptionen,
  auszug as auszugVon,
  fehlendeBriefangaben,
  mitOptionen,
  stammdatenFuerBrief,
  empfaenger,
  entscheidungMitId,
  erfordere,
  falscheVorlage,
  kopf,
  ladeTraeger,
  neuesteEntscheidung,
  personDesFalls,
} from './briefdaten.ts';

/** Die Rechnungsnummer einer Amtshilfe-Abrechnung (Brief und XRechnung, BT-1): aus der Kennung des Ersuchens. */
export function rechnungsnummer(ersuchenId: string): string {
  return `AH-${ersuchenId.replace(/-/g, '').slice(0, 12).toUpperCase()}`;
}

/** Zahlungsfrist der Kostenanforderung in Tagen ab dem Datum des Schreibens. */
export const zahlungsfristTage = 30;

/** Das kurze Zeichen des ersuchten Trägers für ein Ersuchen (er führt kein eigenes Aktenzeichen dafür). */
function amtshilfeZeichen(ersuchenId: string): string {
  return `AH-${ersuchenId.slice(0, 8).toUpperCase()}`;
}

interface Abrechnungszeile {
  am: string;
  erstattungsart: 'pauschale' | 'auslagen' | 'keine';
  erstattungCent: number;
  auslagenBeschreibung?: string | null;
  vereinbarung?: { bezeichnung: string; gueltigAb: string; beispiel: boolean } | null;
  entscheidungId?: string;
}

/** Die gespeicherte Abrechnung eines Ersuchens (Ergebnis der Prüfung amtshilfe); 409 ohne erstattungsfähigen Betrag. */
export function abrechnungVon(e: typeof amtshilfeersuchen.$inferSelect) {
  const a = e.abrechnung as Abrechnungszeile | null;
  if (!a || !['Abgerechnet', 'Bezahlt'].includes(e.status))
    throw konflikt(`Eine Kostenanforderung gibt es erst nach der Abrechnung; Status ist „${amtshilfeStatusnamen[e.status]}“.`);
  if (a.erstattungsart === 'keine')
    throw konflikt('Nach der Abrechnung ist nichts zu erstatten (keine Pauschale, keine Auslagen über der Schwelle).');
  return {
    abrechnung: {
      am: a.am,
      erstattungsart: a.erstattungsart,
      erstattungCent: a.erstattungCent,
      auslagenBeschreibung: a.auslagenBeschreibung ?? null,
      vereinbarung: a.vereinbarung ?? null,
    },
    entscheidungId: a.entscheidungId ?? null,
  };
}

type Ersuchen = typeof amtshilfeersuchen.$inferSelect;
type Seite = 'ersuchender' | 'ersuchter';

function seiteVon(k: Benutzerkontext, e: Ersuchen): Seite | undefined {
  return k.traegerId === e.ersuchenderId ? 'ersuchender' : k.traegerId === e.ersuchterId ? 'ersuchter' : undefined;
}

/**
 * Darf `k` den Brief `vorlage` zu diesem Ersuchen jetzt erzeugen? Wirft den Fehler, den das Erzeugen
 * meldete (404 unbeteiligt, 403 Seite oder Rolle, 409 Status). Ohne Datenbank: auch für die Liste der Vorlagen.
 */
export function pruefeAmtshilfebrief(k: Benutzerkontext, e: Ersuchen, vorlage: Vorlage, stichtag?: string): Seite {
  const seite = seiteVon(k, e);
  if (!seite) throw nichtGefunden('Amtshilfeersuchen');
  erfordere(k, amtshilfeUebergaenge.senden.rollen, `Der Brief „${vorlagen[vorlage]}“`);
  const sache = (wer: Seite) => {
    if (seite !== wer)
      throw verboten(`Den Brief „${vorlagen[vorlage]}“ schreibt der ${wer === 'ersuchender' ? 'ersuchende' : 'ersuchte'} Träger.`);
  };
  switch (vorlage) {
    case 'ersuchen':
      sache('ersuchender');
      // Ein neues Ersuchen bittet nicht um Erledigung bis zu einem Tag, der schon vorbei ist.
      if (stichtag && e.status === 'Entwurf' && e.gewuenschtBis && e.gewuenschtBis < stichtag)
        throw konflikt(
          `Das Ersuchen bittet um Erledigung bis zum ${datumText(e.gewuenschtBis)}; dieser Tag ist vorbei. Bitte tragen Sie im Ersuchen einen neuen Termin ein (gewünscht bis).`,
        );
      break;
    case 'antwort':
      sache('ersuchter');
      if (e.status === 'Entwurf' || e.status === 'Gesendet')
        throw konflikt(`Geantwortet wird nach Annahme oder Ablehnung; Status ist „${amtshilfeStatusnamen[e.status]}“.`);
      break;
    case 'kostenanforderung':
      sache('ersuchter');
      abrechnungVon(e);
      break;
    case 'erinnerung':
      if (seite === 'ersuchender' && (e.status === 'Gesendet' || e.status === 'Angenommen')) break;
      if (seite === 'ersuchter' && e.status === 'Abgerechnet') {
        abrechnungVon(e);
        break;
      }
      throw konflikt(
        `Erinnert wird der ersuchte Träger an ein offenes Ersuchen (Gesendet, Angenommen) oder der ersuchende an eine offene Abrechnung; Status ist „${amtshilfeStatusnamen[e.status]}“.`,
      );
    case 'anmeldung':
    case 'bezifferung':
    case 'vermerkMehrkosten':
    case 'beitrittserklaerung':
      throw falscheVorlage('amtshilfeersuchen', vorlage);
  }
  return seite;
}

export async function amtshilfebrief(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  vorlage: Vorlage,
  stichtag: string,
  o: Briefoptionen = {},
): Promise<Brief> {
  const [e] = await tx.select().from(amtshilfeersuchen).where(eq(amtshilfeersuchen.id, id));
  if (!e) throw nichtGefunden('Amtshilfeersuchen');
  const seite = pruefeAmtshilfebrief(k, e, vorlage, stichtag);
  const ersuchender = await ladeTraeger(tx, e.ersuchenderId);
  const ersuchter = await ladeTraeger(tx, e.ersuchterId);
  const fehlend =
    seite === 'ersuchender'
      ? fehlendeBriefangaben(ersuchender, ersuchter)
      : fehlendeBriefangaben(ersuchter, ersuchender, vorlage === 'kostenanforderung');
  if (fehlend.length) throw stammdatenFuerBrief(fehlend);
  // Eine weitere Ausfertigung ist eine Zweitschrift – außer einer neuen Erinnerung und einem Ersuchen im Entwurf.
  const zweitschrift = o.schonErzeugt === true && vorlage !== 'erinnerung' && !(vorlage === 'ersuchen' && e.status === 'Entwurf');
  // Die Begründungen nennen Träger mit ihrer Kennung; der Brief druckt ihre Namen.
  const namen = { [ersuchender.id]: ersuchender.name, [ersuchter.id]: ersuchter.name };
  const auszug = (x: Parameters<typeof auszugVon>[0]) => {
    const a = auszugVon(x);
    return a ? { ...a, namen } : null;
  };
  const vomErsuchenden = () =>
    mitOptionen(kopf(k, ersuchender, empfaenger(ersuchter), { unser: e.aktenzeichen }, stichtag), o, zweitschrift);
  const vomErsuchten = () =>
    mitOptionen(
      kopf(
        k,
        ersuchter,
        empfaenger(ersuchender),
        { unser: amtshilfeZeichen(e.id), ihr: e.aktenzeichen, ihreNachrichtVom: e.gesendetAm },
        stichtag,
      ),
      o,
      zweitschrift,
    );
  const parteien = e.status === 'Entwurf' ? [e.ersuchenderId] : [e.ersuchenderId, e.ersuchterId];
  const personId = seite === 'ersuchender' ? await personDesFalls(tx, e.fallId) : null;
  const gemeinsam = { parteien, zeichen: e.aktenzeichen, personId };
  // Die Prüfung, ob Amtshilfe vorliegt (§ 3 SGB X): ohne Ablehnungsgrund und ohne Abrechnung.
  const istAmtshilfe = (x: { eingabe: unknown }) => {
    const eingabe = x.eingabe as { ablehnungsgrund?: string; durchfuehrung?: string };
    return !eingabe.ablehnungsgrund && !eingabe.durchfuehrung;
  };
  switch (vorlage) {
    case 'ersuchen': {
      const datenpruefung = await neuesteEntscheidung(tx, id, 'datenuebermittlung');
      const je = ((datenpruefung?.ergebnis as { entscheidungen?: { daten: string; norm: string; begruendung: string }[] } | undefined)
        ?.entscheidungen ?? []) as { daten: string; norm: string; begruendung: string }[];
      return {
        vorlage,
        daten: {
          kopf: vomErsuchenden(),
          aufgabe: e.aufgabe,
          personPseudonym: e.personPseudonym,
          fragen: e.fragen,
          gewuenschtBis: e.gewuenschtBis,
          daten: e.daten.map((d) => {
            const x = je.find((y) => y.daten === d.art);
            return { art: d.art, inhalt: d.inhalt, norm: x?.norm ?? null, begruendung: x?.begruendung ?? null };
          }),
          amtshilfe: auszug(await neuesteEntscheidung(tx, id, 'amtshilfe', istAmtshilfe)),
          datenpruefung: auszug(datenpruefung),
        },
        ...gemeinsam,
      };
    }
    case 'antwort': {
      const abgelehnt = e.status === 'Abgelehnt' || e.status === 'Aufsicht';
      const pruefung = abgelehnt
        ? await neuesteEntscheidung(
            tx,
            id,
            'amtshilfe',
            (x) => (x.eingabe as { ablehnungsgrund?: string }).ablehnungsgrund === e.ablehnungsgrund,
          )
        : await neuesteEntscheidung(tx, id, 'amtshilfe', istAmtshilfe);
      return {
        vorlage,
        daten: {
          kopf: vomErsuchten(),
          aufgabe: e.aufgabe,
          personPseudonym: e.personPseudonym,
          antwort: abgelehnt ? 'abgelehnt' : 'angenommen',
          beantwortetAm: e.beantwortetAm,
          ablehnungsgrund: abgelehnt ? e.ablehnungsgrund : null,
          ablehnungBegruendung: abgelehnt ? e.ablehnungBegruendung : null,
          pruefung: auszug(pruefung),
          streitentscheidung: abgelehnt
            ? ((pruefung?.ergebnis as { streitentscheidungText?: string | null } | undefined)?.streitentscheidungText ?? null)
            : null,
        },
        ...gemeinsam,
      };
    }
    case 'kostenanforderung': {
      const { abrechnung, entscheidungId } = abrechnungVon(e);
      return {
        vorlage,
        daten: {
          kopf: { ...vomErsuchten(), datum: stichtag },
          aufgabe: e.aufgabe,
          personPseudonym: e.personPseudonym,
          durchgefuehrtAm: e.durchgefuehrtAm,
          abrechnung,
          pruefung: auszug(await entscheidungMitId(tx, entscheidungId)),
          rechnungsnummer: rechnungsnummer(e.id),
          leitwegIdEmpfaenger: ersuchender.leitwegId,
          // Zahlungsfrist 30 Tage ab dem Schreiben; das Kassenzeichen ist die Rechnungsnummer (auch BT-1 der XRechnung).
          zahlbarBis: datum.isoDatum(datum.plusTage(datum.datum(stichtag), zahlungsfristTage)),
          kassenzeichen: rechnungsnummer(e.id),
        },
        ...gemeinsam,
      };
    }
    case 'erinnerung': {
      if (seite === 'ersuchender' && (e.status === 'Gesendet' || e.status === 'Angenommen'))
        return {
          vorlage,
          daten: {
            anlass: 'amtshilfeTermin',
            kopf: vomErsuchenden(),
            aufgabe: e.aufgabe,
            personPseudonym: e.personPseudonym,
            gesendetAm: e.gesendetAm,
            gewuenschtBis: e.gewuenschtBis,
          },
          ...gemeinsam,
        };
      if (seite === 'ersuchter' && e.status === 'Abgerechnet') {
        const { abrechnung, entscheidungId } = abrechnungVon(e);
        return {
          vorlage,
          daten: {
            anlass: 'amtshilfeZahlung',
            kopf: vomErsuchten(),
            aufgabe: e.aufgabe,
            personPseudonym: e.personPseudonym,
            abrechnung,
            rechnungsnummer: rechnungsnummer(e.id),
            pruefung: auszug(await entscheidungMitId(tx, entscheidungId)),
          },
          ...gemeinsam,
        };
      }
      throw konflikt(
        `Erinnert wird der ersuchte Träger an ein offenes Ersuchen (Gesendet, Angenommen) oder der ersuchende an eine offene Abrechnung; Status ist „${amtshilfeStatusnamen[e.status]}“.`,
      );
    }
    case 'anmeldung':
    case 'bezifferung':
    case 'vermerkMehrkosten':
    case 'beitrittserklaerung':
      throw falscheVorlage('amtshilfeersuchen', vorlage);
  }
}
