// Eingaben des Formulars „Neuer Erstattungsanspruch“ und ihre Prüfung vor dem Absenden: aus den
// Eingaben werden die Feldfehler und der Inhalt für POST /erstattungsansprueche.
import type { Feldfehler } from '../../api.ts';
import { centAus, datumIso, datumMeldung } from '../../format.ts';
import { type MassnahmeEingabe, massnahmenFuerApi, massnahmenNamen } from './massnahmen.tsx';

export interface ZeitraumZeile {
  schluessel: number;
  von: string;
  bis: string;
  betrag: string;
  rechnung: string;
  massnahme: string;
}

export interface Verfahren {
  weitergeleitet: boolean;
  weiterleitungRechtzeitig: boolean;
  rueckgabeVersucht: boolean;
  faktischerZwang: boolean;
  abweichendeVereinbarung: boolean;
  ursacheDerBehinderung: boolean;
}

export interface AnspruchEingabe {
  aktenzeichen: string;
  art: 'plattform' | 'extern';
  suche: string;
  suchbegriff: string;
  verpflichteterId: string;
  extern: string;
  land: string;
  fallId: string;
  leistungsbeginn: string;
  zahlenderArt: string;
  verpflichteterArt: string;
  rolle: string;
  verfahren: Verfahren;
  insgesamtZustaendig: boolean;
  grundlage: string;
  kenntnisVoraussetzungen: string;
  selbstGeleistet: string;
  zeilen: ZeitraumZeile[];
  leistungsrecht: string;
  massnahmen: Record<string, MassnahmeEingabe>;
  kenntnis: string;
  eingangAntrag: string;
  zinsantrag: boolean;
  bemerkung: string;
}

let zeilenNummer = 1;
export const neueZeile = (): ZeitraumZeile => ({ schluessel: zeilenNummer++, von: '', bis: '', betrag: '', rechnung: '', massnahme: '' });

export function leereEingabe(): AnspruchEingabe {
  return {
    aktenzeichen: '',
    art: 'plattform',
    suche: '',
    suchbegriff: '',
    verpflichteterId: '',
    extern: '',
    land: '',
    fallId: '',
    leistungsbeginn: '',
    zahlenderArt: 'egh',
    verpflichteterArt: 'egh',
    rolle: 'zweiter',
    verfahren: {
      weitergeleitet: true,
      weiterleitungRechtzeitig: true,
      rueckgabeVersucht: false,
      faktischerZwang: false,
      abweichendeVereinbarung: false,
      ursacheDerBehinderung: false,
    },
    insgesamtZustaendig: true,
    grundlage: '',
    kenntnisVoraussetzungen: '',
    selbstGeleistet: '',
    zeilen: [neueZeile()],
    leistungsrecht: 'eingliederungshilfe',
    massnahmen: {},
    kenntnis: '',
    eingangAntrag: '',
    zinsantrag: false,
    bemerkung: '',
  };
}

/** Fehlerpfade des Regelwerks (/rechtsgrundlage/leistungen/0/bis) auf die Felder des Formulars. */
export function formularPfad(pfad: string): string {
  return pfad.replace(/^\/rechtsgrundlage\/leistungen\//, '/leistungszeitraeume/');
}

/** Prüft ein Datum als TT.MM.JJJJ; `akk`: „den Leistungsbeginn“ (für „Bitte … angeben“), `nom`: „Leistungsbeginn“ (vor der Formatmeldung). */
function datumPruefer(neu: Feldfehler[]) {
  return (pfad: string, wert: string, pflicht: boolean, akk: string, nom: string): string | undefined => {
    if (!wert.trim()) {
      if (pflicht) neu.push({ pfad, meldung: `Bitte ${akk} angeben (TT.MM.JJJJ).` });
      return undefined;
    }
    const iso = datumIso(wert);
    if (!iso) neu.push({ pfad, meldung: `${nom}: ${datumMeldung(wert, 'bitte als Datum TT.MM.JJJJ angeben, z. B. 03.03.2025.')}` });
    return iso;
  };
}

function pruefeVerpflichteten(e: AnspruchEingabe, neu: Feldfehler[]) {
  if (!e.aktenzeichen.trim()) neu.push({ pfad: '/aktenzeichen', meldung: 'Bitte das Aktenzeichen des Anspruchs angeben.' });
  if (e.art === 'plattform' && !e.verpflichteterId)
    neu.push({ pfad: '/verpflichteterId', meldung: 'Bitte den verpflichteten Träger aus dem Register wählen.' });
  if (e.art === 'extern' && !e.extern.trim())
    neu.push({ pfad: '/verpflichteterExtern', meldung: 'Bitte die verpflichtete Stelle außerhalb der Plattform nennen.' });
  if (e.art === 'extern' && !e.land)
    neu.push({ pfad: '/landVerpflichteter', meldung: 'Bitte das Land der Stelle wählen (Feiertage für das Fristende).' });
}

function zeitraeumeFuerApi(zeilen: ZeitraumZeile[], datum: ReturnType<typeof datumPruefer>, neu: Feldfehler[]) {
  return zeilen.map((z, i) => {
    const von = datum(`/leistungszeitraeume/${i}/von`, z.von, true, `den Beginn von Zeitraum ${i + 1}`, `Beginn von Zeitraum ${i + 1}`);
    const bis = datum(`/leistungszeitraeume/${i}/bis`, z.bis, true, `das Ende von Zeitraum ${i + 1}`, `Ende von Zeitraum ${i + 1}`);
    if (von && bis && bis < von)
      neu.push({ pfad: `/leistungszeitraeume/${i}/bis`, meldung: `Zeitraum ${i + 1}: Das Ende liegt vor dem Beginn.` });
    const c = centAus(z.betrag);
    if (c === undefined || c < 0)
      neu.push({
        pfad: `/leistungszeitraeume/${i}/betragCent`,
        meldung: `Zeitraum ${i + 1}: Bitte den Betrag in Euro angeben, z. B. 4.250,00.`,
      });
    return {
      von: von ?? '',
      bis: bis ?? '',
      betragCent: c ?? 0,
      rechnung: z.rechnung.trim() || null,
      ...(z.massnahme.trim() ? { massnahme: z.massnahme.trim() } : {}),
    };
  });
}

/** Die Feldfehler der Eingaben (in der Reihenfolge der Felder) und der Inhalt für die API. */
export function anspruchFuerApi(e: AnspruchEingabe): { fehler: Feldfehler[]; body: Record<string, unknown> } {
  const neu: Feldfehler[] = [];
  const datum = datumPruefer(neu);
  pruefeVerpflichteten(e, neu);
  const beginn = datum('/rechtsgrundlage/leistungsbeginn', e.leistungsbeginn, true, 'den Leistungsbeginn', 'Leistungsbeginn');
  const kv = datum(
    '/rechtsgrundlage/verpflichteter/kenntnisVoraussetzungen',
    e.kenntnisVoraussetzungen,
    false,
    'die Kenntnis des Verpflichteten',
    'Kenntnis des Verpflichteten',
  );
  let selbst: number | undefined;
  if (e.selbstGeleistet.trim()) {
    selbst = centAus(e.selbstGeleistet);
    if (selbst === undefined || selbst < 0)
      neu.push({
        pfad: '/rechtsgrundlage/verpflichteter/selbstGeleistetCent',
        meldung: 'Bitte den Betrag in Euro angeben, z. B. 1.234,56.',
      });
  }
  const zeitraeume = zeitraeumeFuerApi(e.zeilen, datum, neu);
  const massnahmenApi = massnahmenFuerApi(massnahmenNamen(e.zeilen), e.massnahmen);
  neu.push(...massnahmenApi.fehler);
  const kenntnisIso = datum('/kenntnisEntscheidung', e.kenntnis, false, 'die Kenntnis', 'Kenntnis von der Entscheidung');
  const eingangIso = datum('/eingangLeistungsantrag', e.eingangAntrag, false, 'den Eingang', 'Eingang des Leistungsantrags');
  const body = {
    aktenzeichen: e.aktenzeichen.trim(),
    ...(e.art === 'plattform'
      ? { verpflichteterId: e.verpflichteterId }
      : { verpflichteterExtern: e.extern.trim(), landVerpflichteter: e.land }),
    ...(e.fallId ? { fallId: e.fallId } : {}),
    rechtsgrundlage: {
      leistungsbeginn: beginn,
      verfahren: { zahlenderTraeger: e.rolle, ...e.verfahren },
      zahlender: { art: e.zahlenderArt },
      verpflichteter: {
        art: e.verpflichteterArt,
        insgesamtZustaendig: e.insgesamtZustaendig,
        ...(kv ? { kenntnisVoraussetzungen: kv } : {}),
        ...(selbst !== undefined ? { selbstGeleistetCent: selbst } : {}),
      },
      ...(e.grundlage ? { grundlage: e.grundlage } : {}),
    },
    leistungszeitraeume: zeitraeume,
    leistungsrecht: e.leistungsrecht,
    ...(massnahmenApi.massnahmen.length ? { massnahmen: massnahmenApi.massnahmen } : {}),
    kenntnisEntscheidung: kenntnisIso ?? null,
    eingangLeistungsantrag: eingangIso ?? null,
    zinsantrag: e.zinsantrag,
    ...(e.bemerkung.trim() ? { bemerkung: e.bemerkung.trim() } : {}),
  };
  return { fehler: neu, body };
}
