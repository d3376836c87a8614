// Briefe zum Erstattungsanspruch: Anmeldung (Geltendmachung, § 111 SGB X), Bezifferung
// (§ 108 Abs. 2 SGB X) und Erinnerung. Das Absenden der Anmeldung bzw. Bezifferung ist der
// Arbeitsschritt „anmelden“ bzw. „beziffern“ des Erstattungsbuchs (fuehreAus) – in derselben
// Transaktion, mit seinen Prüfungen, Fristen und seinem Protokoll; hier wird er nicht nachgebaut.
import { eq } from 'drizzle-orm';
import { type Vorlage, datumText, vorlagen } from '@egh/briefe';
import { datum, istProblem, pruefe } from '@egh/recht';
import { erstattungsanspruch, leistungszeitraum, zahlung } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { eingabefehler, konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import {
  type Brief,
  type Briefoptionen,
  auszug,
  fehlendeBriefangaben,
  mitOptionen,
  empfaenger,
  erfordere,
  falscheVorlage,
  kopf,
  ladeTraeger,
  neuesteEntscheidung,
  personDesFalls,
  stammdatenFuerBrief,
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
          text: `Das Erzeugen meldet den Anspruch an: Status „Angemeldet“, geltend gemacht an dem Tag, an dem das Schreiben beim verpflichteten Träger eingeht – den geben Sie an (frühestens ${datumText(stichtag)}). Das wahrt die Ausschlussfrist des § 111 SGB X für jeden Zeitraum, dessen Frist an diesem Tag noch läuft; die Fristen werden neu berechnet. Welche Zeiträume der Brief geltend macht, wählen Sie vorher.`,
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

/** Höchstens so viele Tage nach dem Schreiben darf der angegebene Eingang liegen (Post, Feiertage). */
const eingangSpaetestensTage = 14;

/**
 * Der Eingang der Anmeldung beim Verpflichteten (§ 111 SGB X, § 130 BGB): Pflichtangabe, wenn der
 * Brief den Anspruch anmeldet; frühestens am Tag des Schreibens, höchstens 14 Tage danach.
 */
export function pruefeEingang(geltendmachung: string | undefined, stichtag: string): string {
  if (!geltendmachung)
    throw eingabefehler([
      {
        pfad: '/geltendmachung',
        meldung:
          'Bitte geben Sie an, an welchem Tag die Anmeldung beim verpflichteten Träger eingeht: Die Geltendmachung wirkt mit dem Zugang beim Empfänger, nicht mit dem Tag des Schreibens.',
      },
    ]);
  const spaetestens = datum.isoDatum(datum.plusTage(datum.datum(stichtag), eingangSpaetestensTage));
  if (geltendmachung < stichtag)
    throw eingabefehler([
      {
        pfad: '/geltendmachung',
        meldung: `Der ${datumText(geltendmachung)} liegt vor dem Tag des Schreibens (${datumText(stichtag)}); vorher kann die Anmeldung nicht eingehen.`,
      },
    ]);
  if (geltendmachung > spaetestens)
    throw eingabefehler([
      {
        pfad: '/geltendmachung',
        meldung: `Der ${datumText(geltendmachung)} liegt mehr als ${eingangSpaetestensTage} Tage nach dem Tag des Schreibens; bitte den erwarteten Eingang angeben (spätestens ${datumText(spaetestens)}).`,
      },
    ]);
  return geltendmachung;
}

type Zeitraumzeile = typeof leistungszeitraum.$inferSelect;

/**
 * Die Zeiträume, die der Brief geltend macht: die gewählten (Kennungen) oder, ohne Wahl, jeder, dessen
 * Ausschlussfrist das Regelwerk mit dem Tag der Geltendmachung als gewahrt entschieden hat. Nie einer,
 * den die Sachbearbeitung nicht gewählt hat.
 */
function geltendZuMachen(zeitraeume: Zeitraumzeile[], wahl: string[] | undefined): Zeitraumzeile[] {
  if (wahl) {
    const fremd = wahl.flatMap((id, i) => (zeitraeume.some((z) => z.id === id) ? [] : [{ id, i }]));
    if (fremd.length)
      throw eingabefehler(
        fremd.map(({ id, i }) => ({ pfad: `/zeitraeume/${i}`, meldung: `Der Leistungszeitraum ${id} gehört nicht zu diesem Anspruch.` })),
      );
    const gewaehlt = zeitraeume.filter((z) => wahl.includes(z.id));
    if (!gewaehlt.length)
      throw eingabefehler([{ pfad: '/zeitraeume', meldung: 'Bitte mindestens einen Leistungszeitraum wählen, der geltend gemacht wird.' }]);
    return gewaehlt;
  }
  const gewahrt = zeitraeume.filter((z) => z.gewahrt !== false);
  if (gewahrt.length) return gewahrt;
  throw eingabefehler([
    {
      pfad: '/zeitraeume',
      meldung:
        'Für keinen Leistungszeitraum ist die Ausschlussfrist des § 111 SGB X am Tag des Eingangs gewahrt; bitte die Zeiträume ausdrücklich wählen, die trotzdem geltend gemacht werden.',
    },
  ]);
}

/**
 * Betrag und Begründung für die gewählten Zeiträume: sind es nicht alle, entscheidet das Regelwerk
 * mit denselben Angaben nur über diese (der Brief rechnet nie selbst).
 */
function fuerZeitraeume(
  a: Anspruch,
  alle: Zeitraumzeile[],
  gewaehlt: Zeitraumzeile[],
  gespeichert: ReturnType<typeof auszug>,
  gespeichertesErgebnis: unknown,
): { forderungCent: number; rechtsgrundlage: ReturnType<typeof auszug>; ergebnis: unknown } {
  if (gewaehlt.length === alle.length)
    return { forderungCent: a.forderungCent, rechtsgrundlage: gespeichert, ergebnis: gespeichertesErgebnis };
  const r = pruefe({
    art: 'erstattungsanspruch',
    ...a.rechtsgrundlageEingabe,
    leistungen: gewaehlt.map((z) => ({ von: z.von, bis: z.bis, betragCent: z.betragCent })),
  });
  if (istProblem(r))
    throw konflikt(`Über die gewählten Zeiträume lässt sich nicht entscheiden: ${r.fehler.map((f) => f.meldung).join(' ')}`);
  const e = r.ergebnis as { erstattungCent: number };
  return {
    forderungCent: e.erstattungCent,
    rechtsgrundlage: { begruendung: r.begruendung, hinweise: r.hinweise },
    ergebnis: r.ergebnis,
  };
}

/**
 * Hält vor der Anmeldung an jedem Zeitraum fest, ob sie ihn geltend macht – vor dem Arbeitsschritt
 * „anmelden“, damit dessen Fristen (§ 111 SGB X) die ausgenommenen Zeiträume als nicht geltend
 * gemacht rechnen.
 */
async function markiereGeltendGemachte(tx: Tx, id: string, wahl: string[] | undefined): Promise<void> {
  const alle = await tx.select().from(leistungszeitraum).where(eq(leistungszeitraum.anspruchId, id)).orderBy(leistungszeitraum.von);
  const ids = new Set(geltendZuMachen(alle, wahl).map((z) => z.id));
  for (const z of alle)
    if (z.nichtGeltendGemacht === ids.has(z.id))
      await tx
        .update(leistungszeitraum)
        .set({ nichtGeltendGemacht: !ids.has(z.id) })
        .where(eq(leistungszeitraum.id, z.id));
}

/**
 * Die Zeiträume, die ein Brief zum Anspruch nennt. Die Anmeldung (Geltendmachung) macht die gewählten
 * geltend und hält am Zeitraum fest, welche es nicht sind; Zweitschrift, Bezifferung und Erinnerung
 * nennen genau die geltend gemachten – je Zeitraum, wie die Anmeldung sie nannte.
 */
async function briefzeitraeume(
  tx: Tx,
  a: Anspruch,
  alle: Zeitraumzeile[],
  meldetAn: boolean,
  vorlage: Vorlage,
  wahl: string[] | undefined,
): Promise<Zeitraumzeile[]> {
  // Die Anmeldung nennt, was markiereGeltendGemachte vor dem Arbeitsschritt festgehalten hat.
  if (meldetAn) return alle.filter((z) => !z.nichtGeltendGemacht);
  if (vorlage === 'anmeldung' && wahl)
    throw eingabefehler([
      {
        pfad: '/zeitraeume',
        meldung: `Eine Zweitschrift wiederholt die Anmeldung${a.geltendmachung ? ` vom ${datumText(a.geltendmachung)}` : ''}; welche Leistungszeiträume sie geltend gemacht hat, steht fest.`,
      },
    ]);
  const geltend = alle.filter((z) => !z.nichtGeltendGemacht);
  return geltend.length ? geltend : alle;
}

export async function erstattungsbrief(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  vorlage: Vorlage,
  version: number | undefined,
  stichtag: string,
  o: Briefoptionen = {},
): Promise<Brief> {
  const [vorher] = await tx.select().from(erstattungsanspruch).where(eq(erstattungsanspruch.id, id));
  if (!vorher) throw nichtGefunden('Erstattungsanspruch');
  pruefeErstattungsbrief(k, vorher, vorlage);
  const von = await ladeTraeger(tx, vorher.anspruchstellerId);
  const anTraeger = vorher.verpflichteterId ? await ladeTraeger(tx, vorher.verpflichteterId) : null;
  const fehlend = fehlendeBriefangaben(von, anTraeger ?? { extern: vorher.verpflichteterExtern ?? 'Verpflichteter' });
  if (fehlend.length) throw stammdatenFuerBrief(fehlend);
  const meldetAn = vorlage === 'anmeldung' && vorher.status === 'Entwurf';
  const eingang = meldetAn ? pruefeEingang(o.geltendmachung, stichtag) : null;
  let a = vorher;
  // § 111 SGB X: die Anmeldung ist die Geltendmachung – an dem Tag, an dem sie beim Verpflichteten
  // eingeht; § 108 Abs. 2 SGB X: die Bezifferung der vollständige Antrag. Der Arbeitsschritt (mit
  // seinen Prüfungen, Fristen und dem Protokoll) ist der des Erstattungsbuchs; er rechnet die Fristen
  // auf den Tag des Eingangs.
  if (meldetAn) await markiereGeltendGemachte(tx, id, o.zeitraeume);
  if (meldetAn && eingang)
    a = await fuehreAnspruchAus(
      tx,
      k,
      id,
      version ?? a.version,
      { aktion: 'anmelden', am: eingang },
      eingang > stichtag ? eingang : stichtag,
    );
  else if (vorlage === 'bezifferung' && a.status === 'Angemeldet')
    a = await fuehreAnspruchAus(tx, k, id, version ?? a.version, { aktion: 'beziffern', am: stichtag }, stichtag);
  // Eine weitere Ausfertigung eines schon abgegebenen Schreibens ist eine Zweitschrift.
  const zweitschrift =
    (vorlage === 'anmeldung' && vorher.status !== 'Entwurf') || (vorlage === 'bezifferung' && vorher.status !== 'Angemeldet');

  const an = anTraeger ? empfaenger(anTraeger) : { name: a.verpflichteterExtern ?? 'Verpflichteter', zusatz: null, anschrift: {} };
  const kopfdaten = mitOptionen(kopf(k, von, an, { unser: a.aktenzeichen }, stichtag), o, zweitschrift);
  const alleZeitraeume = await tx
    .select()
    .from(leistungszeitraum)
    .where(eq(leistungszeitraum.anspruchId, id))
    .orderBy(leistungszeitraum.von);
  const grundlage = await neuesteEntscheidung(tx, id, 'erstattungsanspruch');
  const fristen = await neuesteEntscheidung(tx, id, 'erstattungsfristen');
  const zeitraeume = await briefzeitraeume(tx, a, alleZeitraeume, meldetAn, vorlage, o.zeitraeume);
  const betrag = fuerZeitraeume(a, alleZeitraeume, zeitraeume, auszug(grundlage), grundlage?.ergebnis);
  const basis = {
    kopf: kopfdaten,
    personPseudonym: a.personPseudonym,
    anspruchsgrundlage: a.anspruchsgrundlage,
    geltendmachung: a.geltendmachung ?? stichtag,
    forderungCent: betrag.forderungCent,
    zeitraeume: zeitraeume.map((z) => ({
      von: z.von,
      bis: z.bis,
      betragCent: z.betragCent,
      rechnung: z.rechnung,
      fristEnde: z.fristEnde,
      gewahrt: z.gewahrt,
    })),
    rechtsgrundlage: betrag.rechtsgrundlage,
    fristen: auszug(fristen),
  };
  const parteien = a.verpflichteterId && a.status !== 'Entwurf' ? [a.anspruchstellerId, a.verpflichteterId] : [a.anspruchstellerId];
  const personId = await personDesFalls(tx, a.fallId);
  const gemeinsam = { parteien, zeichen: a.aktenzeichen, personId };
  switch (vorlage) {
    case 'anmeldung':
      return { vorlage, daten: basis, ...gemeinsam };
    case 'bezifferung': {
      // Die Aufstellung sind die Beträge aus dem Ergebnis der Prüfung erstattungsanspruch, unverändert
      // (für die geltend gemachten Zeiträume).
      const e = (betrag.ergebnis ?? {}) as Record<string, unknown>;
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
          forderungCent: betrag.forderungCent,
          zeitraeume: basis.zeitraeume,
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
