// Beispieldaten für jede Vorlage (Tests und Benchmark): Stammdaten wie in der Demo, die
// Entscheidungen kommen echt aus dem Regelwerk (pruefe), so wie der Server sie speichert.
import { type Ergebnis, istProblem, pruefe } from '@egh/recht';
import type { Absender, Briefdaten, Briefkopf, Empfaenger, Entscheidungsauszug } from './typen.ts';

/** Ruft das Regelwerk auf; ein Eingabefehler im Beispiel ist ein Programmfehler. */
export function entscheidung<E = Record<string, unknown>>(eingabe: Record<string, unknown> & { art: string }): Ergebnis<string, E> {
  const r = pruefe(eingabe);
  if (istProblem(r)) throw new Error(`Beispiel ${eingabe.art}: ${r.fehler.map((f) => `${f.pfad} ${f.meldung}`).join('; ')}`);
  return r as Ergebnis<string, E>;
}

const auszug = (r: Ergebnis, namen?: Record<string, string>): Entscheidungsauszug => ({
  begruendung: r.begruendung,
  hinweise: r.hinweise,
  ...(namen ? { namen } : {}),
});

export const schwaben: Absender = {
  name: 'Bezirk Schwaben',
  zusatz: 'Träger der Eingliederungshilfe · Bayern',
  anschrift: { strasse: 'Hafnerberg 10', plz: '86152', ort: 'Augsburg' },
  telefon: '0821 3101-0',
  email: 'kostenerstattung@bezirk-schwaben.de',
  leitwegId: '09-0123456789-16',
  iban: 'DE89370400440532013000',
};

export const mittelfranken: Empfaenger = {
  name: 'Bezirk Mittelfranken',
  zusatz: 'Kostenerstattung',
  anschrift: { strasse: 'Danziger Straße 5', plz: '91522', ort: 'Ansbach' },
};

export const prignitz: Absender = {
  name: 'Landkreis Prignitz',
  zusatz: 'Träger der Eingliederungshilfe · Brandenburg',
  anschrift: { strasse: 'Berliner Straße 49', plz: '19348', ort: 'Perleberg' },
  telefon: '03876 713-0',
  email: 'eingliederungshilfe@lkprignitz.de',
  leitwegId: '12-121096894459866-05',
  iban: 'DE02120300000000202051',
};

export const cottbus: Absender = {
  name: 'Stadt Cottbus',
  zusatz: 'Träger der Eingliederungshilfe · Brandenburg',
  anschrift: { strasse: 'Neumarkt 5', plz: '03046', ort: 'Cottbus' },
  telefon: '0355 612-0',
  email: 'eingliederungshilfe@cottbus.de',
  leitwegId: null,
  iban: 'DE89370400440532013000',
};

const alsEmpfaenger = (a: Absender, zusatz?: string): Empfaenger => ({ name: a.name, zusatz: zusatz ?? null, anschrift: a.anschrift });

const kopf = (absender: Absender, empfaenger: Empfaenger, extra: Partial<Briefkopf> = {}): Briefkopf => ({
  absender,
  empfaenger,
  unserZeichen: 'S-KE-2024-0420',
  datum: '2025-06-30',
  ansprechpartner: 'Anna Huber',
  telefon: '0821 3101-245',
  ...extra,
});

const behoerden = {
  ersuchender: { id: '12070', rechtstraeger: 'Landkreis Prignitz' },
  ersuchter: { id: '12052', rechtstraeger: 'Stadt Cottbus' },
};
/** Kennungen der Träger im Register → Namen (die Begründungen nennen Kennungen, der Brief Namen). */
const traegerNamen = { '12070': 'Landkreis Prignitz', '12052': 'Stadt Cottbus' };
const vereinbarung = {
  gueltigAb: '2025-01-01',
  pauschalen: { gesamtplanung: 25000, bedarfsermittlung: 20000, gesamtplankonferenz: 15000, hausbesuch: 10000 },
  mitglieder: [
    { id: '12070', beitritt: '2025-01-01' },
    { id: '12052', beitritt: '2025-01-01' },
  ],
};

interface AmtshilfeErgebnis {
  erstattungsart: 'pauschale' | 'auslagen' | 'keine';
  erstattungCent: number;
  streitentscheidung: 'gemeinsameAufsicht' | 'aufsichtErsuchte' | null;
  streitentscheidungText: string | null;
}
interface DatenErgebnis {
  entscheidungen: { daten: string; norm: string; begruendung: string }[];
}
interface AnspruchErgebnis {
  anspruchsgrundlage: string | null;
  erstattungCent: number;
  leistungenCent: number;
  verwaltungskostenpauschaleCent: number;
}
interface FristenErgebnis {
  ausschlussfrist: { ende: string; gewahrt: boolean | null }[];
  verjaehrung: { ende: string | null };
}
interface MehrkostenErgebnis {
  ergebnis: 'wunschZuEntsprechen' | 'abwaegungErforderlich';
  orientierung: string | null;
  vergleichsangebot: string | null;
  kostenGewuenschtCentProMonat: number;
  kostenVergleichCentProMonat: number | null;
  mehrkostenCentProMonat: number | null;
  mehrkostenCentProJahr: number | null;
  mehrkostenProzent: number | null;
  tageProMonat: number;
  alternativen: {
    bezeichnung: string;
    kostenCentProMonat: number;
    mehrkostenProzent: number | null;
    vergleichbar: boolean;
    ausschlussgrund: string | null;
  }[];
  referenzen: { zitat: string; leitsatz: string; prozent: number | null; prozentBis?: number | null }[];
}

/** Beispieldaten aller Vorlagen; die Entscheidungen rechnet das Regelwerk. */
export function beispiele(): Briefdaten {
  const istAmtshilfe = entscheidung<AmtshilfeErgebnis>({
    art: 'amtshilfe',
    ...behoerden,
    aufgabe: 'gesamtplanung',
    eingangErsuchen: '2025-06-30',
  });
  const ablehnung = entscheidung<AmtshilfeErgebnis>({
    art: 'amtshilfe',
    ...behoerden,
    aufgabe: 'gesamtplanung',
    eingangErsuchen: '2025-06-30',
    ablehnungsgrund: 'unverhaeltnismaessigerAufwand',
  });
  const abrechnung = entscheidung<AmtshilfeErgebnis>({
    art: 'amtshilfe',
    ...behoerden,
    aufgabe: 'gesamtplanung',
    eingangErsuchen: '2025-06-30',
    durchfuehrung: '2025-07-28',
    vereinbarung,
  });
  const daten = [
    { art: 'stammdaten', inhalt: 'Lena Beispiel, geb. 12.04.1998, Beispielweg 3, 03046 Cottbus' },
    { art: 'gesamtplanziele', inhalt: 'Selbständiges Wohnen in eigener Wohnung; Teilhabe am Arbeitsleben in einer Werkstatt.' },
  ];
  const datenpruefung = entscheidung<DatenErgebnis>({ art: 'datenuebermittlung', zweck: 'amtshilfe', daten: daten.map((d) => d.art) });

  const zeitraeume = [
    { von: '2024-04-01', bis: '2024-04-30', betragCent: 425000, rechnung: 'Rechnung Wohnheim S. vom 06.05.2024' },
    { von: '2024-05-01', bis: '2024-05-31', betragCent: 425000, rechnung: null },
    { von: '2024-06-01', bis: '2024-06-30', betragCent: 425000, rechnung: null },
  ];
  const leistungen = zeitraeume.map(({ von, bis, betragCent }) => ({ von, bis, betragCent }));
  const grundlage = entscheidung<AnspruchErgebnis>({
    art: 'erstattungsanspruch',
    leistungsbeginn: '2024-04-01',
    verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
    zahlender: { art: 'egh' },
    verpflichteter: { art: 'egh', insgesamtZustaendig: true },
    leistungen,
  });
  const fristen = entscheidung<FristenErgebnis>({
    art: 'erstattungsfristen',
    leistungszeitraeume: leistungen,
    kenntnisEntscheidung: '2024-07-20',
    geltendmachung: '2025-06-30',
    landVerpflichteter: 'BY',
    stichtag: '2025-06-30',
  });
  const mitFrist = zeitraeume.map((z, i) => ({
    ...z,
    fristEnde: fristen.ergebnis.ausschlussfrist[i]?.ende ?? null,
    gewahrt: fristen.ergebnis.ausschlussfrist[i]?.gewahrt ?? null,
  }));
  const g = grundlage.ergebnis;

  const mehrkosten = entscheidung<MehrkostenErgebnis>({
    art: 'mehrkosten',
    stichtag: '2025-06-30',
    gewuenscht: { bezeichnung: 'Wohnheim S', posten: [{ bezeichnung: 'Wohnheim', betragCent: 8841, je: 'tag' }] },
    alternativen: [
      {
        bezeichnung: 'Wohnheim A',
        posten: [{ bezeichnung: 'Wohnheim', betragCent: 7621, je: 'tag' }],
        vereinbarungKapitel8: true,
        zumutbar: true,
        bedarfsdeckend: true,
      },
    ],
  });
  const m = mehrkosten.ergebnis;

  const amtshilfeKopf = (absender: Absender, empfaenger: Absender, ersuchender: boolean): Briefkopf =>
    kopf(absender, alsEmpfaenger(empfaenger, 'Eingliederungshilfe'), {
      unserZeichen: ersuchender ? 'PR-50-2021-0042' : 'AH-45366E9E',
      ...(ersuchender ? {} : { ihrZeichen: 'PR-50-2021-0042', ihreNachrichtVom: '2025-06-30' }),
      ansprechpartner: ersuchender ? 'Jana Krüger' : 'Mehmet Yılmaz',
      telefon: ersuchender ? '03876 713-412' : '0355 612-3310',
    });
  const abgerechnet = {
    am: '2025-07-30',
    erstattungsart: 'pauschale' as const,
    erstattungCent: abrechnung.ergebnis.erstattungCent,
    vereinbarung: {
      bezeichnung: 'Verwaltungsvereinbarung zur Amtshilfe im Rahmen der Eingliederungshilfe nach dem SGB IX (BAGüS)',
      gueltigAb: '2025-01-01',
      beispiel: true,
    },
  };

  return {
    ersuchen: {
      kopf: amtshilfeKopf(prignitz, cottbus, true),
      aufgabe: 'gesamtplanung',
      personPseudonym: 'P-4E4A2CE7D9C0',
      fragen:
        'Bitte führen Sie das Gespräch zur Gesamtplanung mit Frau Beispiel in Cottbus im persönlichen Kontakt (§ 117 SGB IX) und berichten Sie zu den neun Lebensbereichen des § 118 SGB IX.',
      gewuenschtBis: '2025-08-11',
      daten: daten.map((d) => {
        const x = datenpruefung.ergebnis.entscheidungen.find((e) => e.daten === d.art);
        return { ...d, norm: x?.norm ?? null, begruendung: x?.begruendung ?? null };
      }),
      amtshilfe: auszug(istAmtshilfe, traegerNamen),
      datenpruefung: auszug(datenpruefung),
    },
    antwort: {
      kopf: amtshilfeKopf(cottbus, prignitz, false),
      aufgabe: 'gesamtplanung',
      personPseudonym: 'P-4E4A2CE7D9C0',
      antwort: 'abgelehnt',
      beantwortetAm: '2025-07-02',
      ablehnungsgrund: 'unverhaeltnismaessigerAufwand',
      ablehnungBegruendung: 'Die Person lebt 60 km von unserer Dienststelle entfernt; ein Hausbesuch bindet einen ganzen Arbeitstag.',
      pruefung: auszug(ablehnung, traegerNamen),
      streitentscheidung: ablehnung.ergebnis.streitentscheidungText,
    },
    kostenanforderung: {
      kopf: amtshilfeKopf(cottbus, prignitz, false),
      aufgabe: 'gesamtplanung',
      personPseudonym: 'P-4E4A2CE7D9C0',
      durchgefuehrtAm: '2025-07-28',
      abrechnung: abgerechnet,
      pruefung: auszug(abrechnung, traegerNamen),
      rechnungsnummer: 'AH-45366E9E',
      leitwegIdEmpfaenger: prignitz.leitwegId ?? null,
      zahlbarBis: '2025-07-30',
      kassenzeichen: 'AH-45366E9E',
    },
    anmeldung: {
      kopf: kopf(schwaben, mittelfranken),
      personPseudonym: 'P-205AC6585257',
      anspruchsgrundlage: g.anspruchsgrundlage,
      geltendmachung: '2025-06-30',
      forderungCent: g.erstattungCent,
      zeitraeume: mitFrist,
      rechtsgrundlage: auszug(grundlage),
      fristen: auszug(fristen),
    },
    bezifferung: {
      kopf: kopf(schwaben, mittelfranken),
      personPseudonym: 'P-205AC6585257',
      anspruchsgrundlage: g.anspruchsgrundlage,
      geltendmachung: '2025-06-30',
      bezifferungAm: '2025-06-30',
      forderungCent: g.erstattungCent,
      zeitraeume: mitFrist,
      aufstellung: [
        { bezeichnung: 'Leistungsaufwendungen', betragCent: g.leistungenCent },
        { bezeichnung: 'Verwaltungskostenpauschale', betragCent: g.verwaltungskostenpauschaleCent },
        { bezeichnung: 'Erstattungsbetrag', betragCent: g.erstattungCent },
      ],
      zinsantrag: true,
      rechtsgrundlage: auszug(grundlage),
      fristen: auszug(fristen),
    },
    erinnerung: {
      anlass: 'erstattung',
      kopf: kopf(schwaben, mittelfranken),
      personPseudonym: 'P-205AC6585257',
      geltendmachung: '2025-06-30',
      bezifferungAm: '2025-06-30',
      stand: 'Beziffert',
      forderungCent: g.erstattungCent,
      zeitraeume: mitFrist,
      anerkanntCent: null,
      zahlungen: [],
      verjaehrungEnde: fristen.ergebnis.verjaehrung.ende,
      fristen: auszug(fristen),
    },
    vermerkMehrkosten: {
      kopf: kopf(
        cottbus,
        { name: 'Stadt Cottbus', zusatz: '– Akte CB-50-2025-0311 –', anschrift: {} },
        {
          unserZeichen: 'CB-50-2025-0311',
          ansprechpartner: 'Mehmet Yılmaz',
          telefon: '0355 612-3310',
        },
      ),
      bezeichnung: 'Wohnheim S statt Wohnheim A',
      person: { name: 'Jonas Sommer', pseudonym: 'P-B3E5D14E9114', aktenzeichen: 'CB-50-2025-0311' },
      stichtag: '2025-06-30',
      gewuenscht: { bezeichnung: 'Wohnheim S', kostenCentProMonat: m.kostenGewuenschtCentProMonat },
      vergleich: { bezeichnung: m.vergleichsangebot, kostenCentProMonat: m.kostenVergleichCentProMonat },
      mehrkosten: { centProMonat: m.mehrkostenCentProMonat, centProJahr: m.mehrkostenCentProJahr, prozent: m.mehrkostenProzent },
      rechnung: { tageProMonat: m.tageProMonat, tagessaetze: true },
      alternativen: m.alternativen,
      regelwerk: { ...auszug(mehrkosten), ergebnis: m.ergebnis, orientierung: m.orientierung, referenzen: m.referenzen },
      entscheidung: {
        ergebnis: 'bewilligt',
        gruende:
          'Einzelzimmer ohne Warteliste, Bewohnergruppe ähnlichen Alters und Nähe zur bevorzugten Werkstatt wiegen die Mehrkosten auf.',
        vonName: 'Mehmet Yılmaz',
        am: '2025-07-01',
      },
    },
    beitrittserklaerung: {
      kopf: kopf(
        schwaben,
        { name: 'Plattformbetrieb EGH-Clearing', zusatz: 'Verwaltungsvereinbarungen', anschrift: {} },
        {
          unserZeichen: 'VV-2025-01',
          ansprechpartner: 'Karl Wagner',
        },
      ),
      vereinbarung: {
        bezeichnung: 'Verwaltungsvereinbarung zur Amtshilfe im Rahmen der Eingliederungshilfe nach dem SGB IX (BAGüS)',
        gueltigAb: '2025-01-01',
        quelle: 'LASV Brandenburg, Rundschreiben üöTEGH Nr. 08/2024 vom 17.12.2024',
        beispiel: true,
        pauschalen: vereinbarung.pauschalen,
      },
      erklaertAm: '2024-12-20',
      wirksamAb: '2025-01-01',
    },
  };
}
