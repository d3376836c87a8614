// Eingaben des Formulars „Neues Amtshilfeersuchen“: Prüfung vor dem Absenden, Vorabprüfung durch
// das Regelwerk, Inhalt für POST /amtshilfeersuchen und die Feldfehler der API je Datenart.
import type { Fall } from '../faelle/seiten.tsx';
import { type Feldfehler, api } from '../../api.ts';
import { datumDe, datumIso, heuteIso } from '../../format.ts';
import {
  type AmtshilfeErgebnis,
  type DatenErgebnis,
  type Pruefergebnis,
  type Vereinbarung,
  datenartNamen,
  pruefe,
  vereinbarungAm,
} from './gemeinsam.tsx';
import type { TraegerZeile } from './traegersuche.tsx';

export const datenarten = Object.keys(datenartNamen);

export interface Vorschau {
  amtshilfe: Pruefergebnis<AmtshilfeErgebnis>;
  daten: Pruefergebnis<DatenErgebnis> | null;
  vereinbarung: Vereinbarung | null;
  durchfuehrung: string;
  schluessel: string;
}

export interface ErsuchenEingabe {
  fallId: string;
  ersuchter: TraegerZeile | null;
  aufgabe: string;
  aktenzeichen: string;
  fragen: string;
  bis: string;
  daten: Record<string, { gewaehlt: boolean; inhalt: string }>;
  einwilligung: boolean;
  widerspruch: boolean;
}

/** Beschriftungen der Felder für die Fehlerzusammenfassung. */
export const ersuchenFeldnamen: Record<string, string> = {
  '/fallId': 'Fall',
  '/ersuchterId': 'Ersuchter Träger',
  '/aufgabe': 'Aufgabe',
  '/aktenzeichen': 'Zeichen',
  '/fragen': 'Fragen',
  '/gewuenschtBis': 'Erbeten bis',
  ...Object.fromEntries(
    datenarten.flatMap((a) => [
      [`/daten/${a}/art`, datenartNamen[a] ?? a],
      [`/daten/${a}/inhalt`, `Inhalt ${datenartNamen[a] ?? a}`],
    ]),
  ),
};

export const gewaehlteArten = (e: ErsuchenEingabe) => datenarten.filter((a) => e.daten[a]?.gewaehlt);

/** Was Vorabprüfung und Anlegen beide verlangen: Fall, ersuchter Träger, Aufgabe, ein Termin nicht in der Vergangenheit. */
export function pruefeGrundangaben(e: ErsuchenEingabe): Feldfehler[] {
  const f: Feldfehler[] = [];
  if (!e.fallId) f.push({ pfad: '/fallId', meldung: 'Bitte wählen Sie den Fall Ihres Trägers, für den Sie um Amtshilfe ersuchen.' });
  if (!e.ersuchter) f.push({ pfad: '/ersuchterId', meldung: 'Bitte suchen Sie den ersuchten Träger im Register und wählen Sie ihn aus.' });
  if (!e.aufgabe) f.push({ pfad: '/aufgabe', meldung: 'Bitte wählen Sie die erbetene Aufgabe.' });
  if (e.bis.trim()) {
    const iso = datumIso(e.bis);
    if (!iso) f.push({ pfad: '/gewuenschtBis', meldung: 'Bitte geben Sie den erbetenen Termin als TT.MM.JJJJ an, z. B. 03.03.2025.' });
    else if (iso < heuteIso())
      f.push({ pfad: '/gewuenschtBis', meldung: `Der erbetene Termin (${datumDe(iso)}) liegt in der Vergangenheit.` });
  }
  return f;
}

function behoerde(t: TraegerZeile) {
  return { id: t.id, rechtstraeger: t.rechtstraeger, ...(t.aufsichtsbehoerde ? { aufsichtsbehoerde: t.aufsichtsbehoerde } : {}) };
}

/** Fragt das Regelwerk, ob Amtshilfe vorliegt und welche der gewählten Daten übermittelt werden dürfen. */
export async function vorabpruefung(
  e: ErsuchenEingabe,
  ersuchter: TraegerZeile,
  eigenerTraeger: string,
  schluessel: string,
): Promise<Vorschau> {
  const heute = heuteIso();
  const bisIso = e.bis.trim() ? datumIso(e.bis) : undefined;
  const durchfuehrung = bisIso && bisIso > heute ? bisIso : heute;
  const { daten: eigen } = await api.get<TraegerZeile>(`/traeger/${encodeURIComponent(eigenerTraeger)}`);
  const { daten: fall } = await api.get<Fall>(`/faelle/${encodeURIComponent(e.fallId)}`);
  const zustaendig = fall.zustaendigkeit?.ergebnis?.traeger;
  const v = await vereinbarungAm(durchfuehrung);
  const amtshilfe = await pruefe<AmtshilfeErgebnis>({
    art: 'amtshilfe',
    ersuchender: behoerde(eigen),
    ersuchter: behoerde(ersuchter),
    eingangErsuchen: heute,
    durchfuehrung,
    aufgabe: e.aufgabe,
    ...(zustaendig ? { ersuchterSelbstZustaendig: zustaendig === ersuchter.id } : {}),
    ...(v ? { vereinbarung: v.eingabe } : {}),
  });
  const arten = gewaehlteArten(e);
  const datenPruefung = arten.length
    ? await pruefe<DatenErgebnis>({
        art: 'datenuebermittlung',
        zweck: e.aufgabe === 'gesamtplankonferenz' ? 'gesamtplankonferenz' : 'amtshilfe',
        daten: arten,
        ...(e.einwilligung ? { einwilligung: true } : {}),
        ...(e.widerspruch ? { widerspruch: true } : {}),
      })
    : null;
  return { amtshilfe, daten: datenPruefung, vereinbarung: v?.zeile ?? null, durchfuehrung, schluessel };
}

/** Der Inhalt für POST /amtshilfeersuchen. */
export function ersuchenFuerApi(e: ErsuchenEingabe, ersuchter: TraegerZeile) {
  const bisIso = e.bis.trim() ? datumIso(e.bis) : undefined;
  return {
    fallId: e.fallId,
    ersuchterId: ersuchter.id,
    aufgabe: e.aufgabe,
    ...(e.aktenzeichen.trim() ? { aktenzeichen: e.aktenzeichen.trim() } : {}),
    ...(e.fragen.trim() ? { fragen: e.fragen.trim() } : {}),
    ...(bisIso ? { gewuenschtBis: bisIso } : {}),
    daten: gewaehlteArten(e).map((a) => ({ art: a, inhalt: e.daten[a]?.inhalt.trim() ?? '' })),
    ...(e.einwilligung ? { einwilligung: true } : {}),
    ...(e.widerspruch ? { widerspruch: true } : {}),
  };
}

/** Datenposten kommen als /daten/<Index>/…; das Formular benennt sie nach der Datenart. */
export function datenFehlerBenennen(felder: Feldfehler[], arten: string[]): Feldfehler[] {
  return felder.map((x) => {
    const m = /^\/daten\/(\d+)(\/.*)?$/.exec(x.pfad);
    const art = m ? arten[Number(m[1])] : undefined;
    return art
      ? {
          pfad: `/daten/${art}${m?.[2] === '/inhalt' ? '/inhalt' : '/art'}`,
          meldung: x.meldung.replace(`„${art}“`, `„${datenartNamen[art] ?? art}“`),
        }
      : x;
  });
}
