// Briefe zum Erstattungsanspruch: Anmeldung (Geltendmachung, § 111 SGB X), Bezifferung
// (§ 108 Abs. 2 SGB X) und Erinnerung. Das Absenden der Anmeldung bzw. Bezifferung ist der
// Arbeitsschritt „anmelden“ bzw. „beziffern“ des Erstattungsbuchs (fuehreAus) – in derselben
// Transaktion, mit seinen Prüfungen, Fristen und seinem Protokoll; hier wird er nicht nachgebaut.
import { eq } from 'drizzle-orm';
import { type Vorlage, datumText, vorlagen } from '@egh/briefe';
import { erstattungsanspruch, leistungszeitraum, zahlung } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import {
  type Brief,
  auszug,
  empfaenger,
  erfordere,
  falscheVorlage,
  kopf,
  ladeTraeger,
  neuesteEntscheidung,
  personDesFalls,
} from './briefdaten.ts';
import type { Wirkung } from './briefe-vorlagen.ts';
import { erstattungStatusnamen, fuehreAus as fuehreAnspruchAus, uebergaenge as erstattungUebergaenge } from './erstattung.ts';

type Anspruch = typeof erstattungsanspruch.$inferSelect;

/** In diesen Status wird an einen angemeldeten, noch nicht erledigten Anspruch erinnert. */
const erinnerbar = ['Angemeldet', 'Beziffert', 'Anerkannt', 'TeilweiseAnerkannt'];

/**
 * Darf `k` den Brief `vorlage` zu diesem Anspruch jetzt erzeugen? Wirft den Fehler, den das Erzeugen
 * meldete (403 Seite oder Rolle, 409 Status). Ohne Datenbank: auch für die Liste der Vorlagen.
 */
export function pruefeErstattungsbrief(k: Benutzerkontext, a: Anspruch, vorlage: Vorlage): void {
  if (k.traegerId !== a.anspruchstellerId) throw verboten(`Den Brief „${vorlagen[vorlage]}“ schreibt der Anspruchsteller.`);
  erfordere(k, erstattungUebergaenge.anmelden.rollen, `Der Brief „${vorlagen[vorlage]}“`);
  switch (vorlage) {
    case 'anmeldung':
      if (a.status === 'Entwurf' && !a.verpflichteterId && !a.verpflichteterExtern)
        throw konflikt('Ohne Verpflichteten kann nichts angemeldet werden.');
      if (a.status !== 'Entwurf' && !a.geltendmachung)
        throw konflikt(`Im Status „${erstattungStatusnamen[a.status]}“ kann der Anspruch nicht angemeldet werden.`);
      return;
    case 'bezifferung':
      if (a.status !== 'Angemeldet' && !a.bezifferungAm)
        throw konflikt(`Beziffert wird ein angemeldeter Anspruch; Status ist „${erstattungStatusnamen[a.status]}“.`);
      return;
    case 'erinnerung':
      if (!erinnerbar.includes(a.status))
        throw konflikt(
          `Erinnert wird an einen angemeldeten, noch nicht erledigten Anspruch; Status ist „${erstattungStatusnamen[a.status]}“.`,
        );
      return;
    case 'ersuchen':
    case 'antwort':
    case 'kostenanforderung':
    case 'vermerkMehrkosten':
    case 'beitrittserklaerung':
      throw falscheVorlage('erstattungsanspruch', vorlage);
  }
}

/** Was der Brief bewirkt: Anmeldung und Bezifferung führen den Arbeitsschritt aus oder sind Zweitschriften. */
export function wirkungErstattungsbrief(a: Anspruch, vorlage: Vorlage, stichtag: string): Wirkung | null {
  if (vorlage === 'anmeldung')
    return a.status === 'Entwurf'
      ? {
          text: `Das Erzeugen meldet den Anspruch an: Status „Angemeldet“, geltend gemacht am ${datumText(stichtag)}. Das wahrt die Ausschlussfrist des § 111 SGB X für jeden Zeitraum, dessen Frist noch läuft; die Fristen werden neu berechnet.`,
          aendertDatensatz: true,
        }
      : {
          text: `Zweitschrift: Der Anspruch ist seit ${datumText(a.geltendmachung ?? stichtag)} geltend gemacht (§ 111 SGB X); der Brief ändert am Anspruch nichts.`,
          aendertDatensatz: false,
        };
  if (vorlage === 'bezifferung')
    return a.status === 'Angemeldet'
      ? {
          text: `Das Erzeugen beziffert den Anspruch: Status „Beziffert“, beziffert am ${datumText(stichtag)} (vollständiger Erstattungsantrag, § 108 Abs. 2 SGB X).`,
          aendertDatensatz: true,
        }
      : {
          text: `Zweitschrift der Bezifferung vom ${datumText(a.bezifferungAm ?? stichtag)}; der Brief ändert am Anspruch nichts.`,
          aendertDatensatz: false,
        };
  return null;
}

export async function erstattungsbrief(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  vorlage: Vorlage,
  version: number | undefined,
  stichtag: string,
): Promise<Brief> {
  const [vorher] = await tx.select().from(erstattungsanspruch).where(eq(erstattungsanspruch.id, id));
  if (!vorher) throw nichtGefunden('Erstattungsanspruch');
  pruefeErstattungsbrief(k, vorher, vorlage);
  let a = vorher;
  // § 111 SGB X: die Anmeldung ist die Geltendmachung; § 108 Abs. 2 SGB X: die Bezifferung der vollständige Antrag.
  // Der Arbeitsschritt (mit seinen Prüfungen, Fristen und dem Protokoll) ist der des Erstattungsbuchs.
  if (vorlage === 'anmeldung' && a.status === 'Entwurf')
    a = await fuehreAnspruchAus(tx, k, id, version ?? a.version, { aktion: 'anmelden', am: stichtag }, stichtag);
  else if (vorlage === 'bezifferung' && a.status === 'Angemeldet')
    a = await fuehreAnspruchAus(tx, k, id, version ?? a.version, { aktion: 'beziffern', am: stichtag }, stichtag);

  const von = await ladeTraeger(tx, a.anspruchstellerId);
  const an = a.verpflichteterId
    ? empfaenger(await ladeTraeger(tx, a.verpflichteterId))
    : { name: a.verpflichteterExtern ?? 'Verpflichteter', zusatz: null, anschrift: {} };
  const kopfdaten = kopf(k, von, an, { unser: a.aktenzeichen }, stichtag);
  const zeitraeume = await tx.select().from(leistungszeitraum).where(eq(leistungszeitraum.anspruchId, id)).orderBy(leistungszeitraum.von);
  const grundlage = await neuesteEntscheidung(tx, id, 'erstattungsanspruch');
  const fristen = await neuesteEntscheidung(tx, id, 'erstattungsfristen');
  const basis = {
    kopf: kopfdaten,
    personPseudonym: a.personPseudonym,
    anspruchsgrundlage: a.anspruchsgrundlage,
    geltendmachung: a.geltendmachung ?? stichtag,
    forderungCent: a.forderungCent,
    zeitraeume: zeitraeume.map((z) => ({
      von: z.von,
      bis: z.bis,
      betragCent: z.betragCent,
      rechnung: z.rechnung,
      fristEnde: z.fristEnde,
      gewahrt: z.gewahrt,
    })),
    rechtsgrundlage: auszug(grundlage),
    fristen: auszug(fristen),
  };
  const parteien = a.verpflichteterId && a.status !== 'Entwurf' ? [a.anspruchstellerId, a.verpflichteterId] : [a.anspruchstellerId];
  const personId = await personDesFalls(tx, a.fallId);
  const gemeinsam = { parteien, zeichen: a.aktenzeichen, personId };
  switch (vorlage) {
    case 'anmeldung':
      return { vorlage, daten: basis, ...gemeinsam };
    case 'bezifferung': {
      // Die Aufstellung sind die Beträge aus dem Ergebnis der Prüfung erstattungsanspruch, unverändert.
      const e = (grundlage?.ergebnis ?? {}) as Record<string, unknown>;
      const posten = (
        [
          ['Leistungsaufwendungen', e.leistungenCent],
          ['Verwaltungskostenpauschale', e.verwaltungskostenpauschaleCent],
          ['Auslagen', e.auslagenCent],
          ['Erstattungsbetrag', e.erstattungCent],
        ] as [string, unknown][]
      ).flatMap(([bezeichnung, betrag]) =>
        typeof betrag === 'number' && (betrag !== 0 || bezeichnung === 'Erstattungsbetrag') ? [{ bezeichnung, betragCent: betrag }] : [],
      );
      return {
        vorlage,
        daten: { ...basis, bezifferungAm: a.bezifferungAm ?? stichtag, aufstellung: posten, zinsantrag: a.zinsantrag },
        ...gemeinsam,
      };
    }
    case 'erinnerung': {
      const zahlungen = await tx.select().from(zahlung).where(eq(zahlung.anspruchId, id)).orderBy(zahlung.datum);
      const verjaehrung = (fristen?.ergebnis as { verjaehrung?: { ende?: string | null } } | undefined)?.verjaehrung;
      return {
        vorlage,
        daten: {
          anlass: 'erstattung',
          kopf: kopfdaten,
          personPseudonym: a.personPseudonym,
          geltendmachung: a.geltendmachung,
          bezifferungAm: a.bezifferungAm,
          stand: erstattungStatusnamen[a.status],
          forderungCent: a.forderungCent,
          anerkanntCent: a.anerkanntCent,
          zahlungen: zahlungen.map((z) => ({ datum: z.datum, betragCent: z.betragCent })),
          verjaehrungEnde: verjaehrung?.ende ?? null,
          fristen: auszug(fristen),
        },
        ...gemeinsam,
      };
    }
    case 'ersuchen':
    case 'antwort':
    case 'kostenanforderung':
    case 'vermerkMehrkosten':
    case 'beitrittserklaerung':
      throw falscheVorlage('erstattungsanspruch', vorlage);
  }
}
