// § 98 SGB XII in der für die Eingliederungshilfe bis 31.12.2019 geltenden Fassung (Entscheidungstabelle
// DT-98-XII): ambulante Leistung und betreutes Wohnen (Absätze 1 und 5); die stationäre Leistung steht in
// `sgb12-98-abs2-stationaer.ts`, der BSG-Test zum betreuten Wohnen in `sgb12-98-abs5-betreutes-wohnen.ts`.
// § 98 Abs. 5 SGB IX verweist für den Übergang am 01.01.2020 hierher (Modus `uebergang`).
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { type Fassungstabelle, fassungAm, fruehesterTag } from '../../gemeinsam/fassung.ts';
import { rechtsstaende } from '../../gemeinsam/parameter.ts';
import { type Tag, datum, plusTage } from '../../kalender/datum.ts';
import { fehlenderAufenthalt, formText, istTagUndNacht, keineAufenthaltsdatenBis, leistungenAm, praegendeLeistung } from './bausteine.ts';
import { sachlichNachSgb12, oq7OhneAngaben } from './sachlich-sgb12-97.ts';
import { stationaerXII } from './sgb12-98-abs2-stationaer.ts';
import { pruefeBetreutesWohnen } from './sgb12-98-abs5-betreutes-wohnen.ts';
import type { EntscheidungXII, Fakten, Leistung, Leistungsform, OertlichesRecht, Zeitraum } from './typen.ts';
import { blockAm, d, enthaelt, q, stationaereBloecke, tatsaechlichAm, vereinige } from './zeitleisten.ts';

export type ModusXII = 'regulaer' | 'uebergang' | 'vorEintritt';

/**
 * Die Norm des Satzes „Diese Zuständigkeit bleibt bis zur Beendigung der Leistung …“: bis 2012
 * Satz 3 (Satz 2 regelte die Grundsicherung), ab 01.01.2013 Satz 2 (Fassung vom 20.12.2012,
 * BGBl. I S. 2783, SEED-002; Datum [UNVERIFIED]).
 */
export const fortdauerSatzSgb12: Fassungstabelle<string> = [
  { gueltigAb: fruehesterTag, regel: '§ 98 Abs. 1 Satz 3 SGB XII', quelle: 'SGB XII vom 27.12.2003 (BGBl. I S. 3022)' },
  { gueltigAb: '2013-01-01', regel: '§ 98 Abs. 1 Satz 2 SGB XII', quelle: 'Gesetz vom 20.12.2012 (BGBl. I S. 2783)' },
];

function fortdauerSatzXII(t: Tag): string {
  return fassungAm(fortdauerSatzSgb12, t);
}

/** Zusammenhängender Lauf von Leistungen der Formen `formen`, der `t` enthält. */
export function laufAm(f: Fakten, t: Tag, formen: readonly Leistungsform[], zusaetzlich: readonly Leistung[] = []): Zeitraum | undefined {
  const passend = [...f.leistungen, ...zusaetzlich].filter((l) => formen.includes(l.form));
  return vereinige(passend).find((z) => enthaelt(z, t));
}

export function nachSgbXII(f: Fakten, T: Tag, modus: ModusXII, b: Begruendung, tiefe: number): EntscheidungXII | undefined {
  let leistung = praegendeLeistung(leistungenAm(f, T));
  let geplant: Leistung | undefined;
  let anlass: Tag = T;
  if (!leistung && modus === 'regulaer') {
    const letzteVorher = f.leistungen.filter((l) => l.bis < T).sort((a, b2) => b2.bis - a.bis)[0];
    const antrag = f.antraege.find((a) => !letzteVorher || a.datum > letzteVorher.bis);
    if (antrag) anlass = antrag.datum;
    geplant = antrag ? praegendeLeistung(f.kuenftigeLeistungen.filter((x) => x.von === f.kuenftigeLeistungen[0]?.von)) : undefined;
    if (geplant) {
      leistung = geplant;
      b.hinweis(
        'GEPLANTE_LEISTUNG',
        `Am Stichtag wird noch nicht geleistet. Zugrunde gelegt wird die geplante ${formText(geplant.form)} ab ${d(geplant.von)}.`,
      );
    } else {
      b.hinweis(
        'KEINE_LEISTUNG_AM_STICHTAG',
        antrag
          ? `Am Stichtag läuft keine Leistung; geprüft wird die Zuständigkeit für den Antrag vom ${d(antrag.datum)}.`
          : `Am Stichtag läuft keine Leistung. Geprüft wird, wer bei einem am ${d(T)} bekannt werdenden Bedarf zuständig wäre (§ 18 SGB XII).`,
      );
    }
  }
  const form: Leistungsform | undefined = leistung?.form;
  const bezugstag = geplant ? geplant.von : T;
  if (form && istTagUndNacht(form)) return stationaerXII(f, bezugstag, modus, b, geplant);
  if (!leistung && modus === 'vorEintritt') {
    const block = blockAm(stationaereBloecke(f), T);
    if (block) return stationaerXII(f, T, modus, b, undefined);
  }
  if (form === 'betreutesWohnen') {
    const lauf = laufAm(f, bezugstag, ['betreutesWohnen'], geplant ? [geplant] : []);
    const eintritt = lauf?.von ?? bezugstag;
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
      `Die Person erhält seit ${d(eintritt)} Eingliederungshilfe im ambulant betreuten Wohnen. Für Personen, die Leistungen nach dem Sechsten bis Achten Kapitel in Formen ambulanter betreuter Wohnmöglichkeiten erhalten, ist der Träger zuständig, der vor Eintritt in diese Wohnform zuletzt zuständig war oder gewesen wäre – sofern es sich um betreutes Wohnen in diesem Sinn handelt.`,
    );
    const bestanden = pruefeBetreutesWohnen(f, b);
    if (bestanden) {
      if (eintritt < datum(rechtsstaende.sgb12)) {
        const traeger = leistung?.traeger ?? tatsaechlichAm(f, eintritt);
        b.hinweis(
          'LEGACY_BSHG',
          `Das betreute Wohnen begann vor dem 01.01.2005 (${d(eintritt)}) und dauert an. Vor Inkrafttreten des SGB XII begründete Zuständigkeiten bleiben unberührt; die Regeln des BSHG bildet die Prüfung nicht ab.`,
        );
        if (!traeger) throw fehlenderAufenthalt(eintritt);
        b.norm('§ 98 Abs. 5 Satz 2 SGB XII a.F.', `Die vor dem 01.01.2005 begründete Zuständigkeit von ${q(traeger)} bleibt unberührt.`);
        return {
          traeger,
          vorlaeufig: false,
          grundlage: '§ 98 Abs. 5 Satz 2 SGB XII',
          zeitpunkt: eintritt,
          anknuepfung: 'eintrittBetreutesWohnen',
          betreutesWohnen: true,
          form,
        };
      }
      b.norm(
        '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
        `Es kommt darauf an, wer am Tag vor dem Eintritt, dem ${d(plusTage(eintritt, -1))}, zuständig war oder gewesen wäre.`,
      );
      const vorher = tiefe > 3 ? undefined : nachSgbXII(f, plusTage(eintritt, -1), 'vorEintritt', b, tiefe + 1);
      if (!vorher || vorher.vorlaeufig) {
        if (modus === 'uebergang') return undefined;
        b.norm(
          '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
          'Ein vor Eintritt zuständiger Träger lässt sich aus den Angaben nicht bestimmen; es bleibt bei der Grundregel des Absatzes 1.',
        );
        b.hinweis(
          'TRAEGER_VOR_EINTRITT_UNBEKANNT',
          `Für die Zeit vor dem Eintritt in das betreute Wohnen am ${d(eintritt)} fehlen Angaben zum Aufenthalt. Bitte nachtragen; nach § 98 Abs. 5 SGB XII wäre der damals zuständige Träger maßgeblich.`,
        );
        const r = ambulantXII(f, bezugstag, anlass, modus, b, leistung, geplant);
        return r && { ...r, betreutesWohnen: true, form };
      }
      b.norm(
        '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
        `Vor Eintritt in das betreute Wohnen war ${q(vorher.traeger)} zuständig oder wäre es gewesen; dieser Träger bleibt zuständig.`,
      );
      return {
        traeger: vorher.traeger,
        vorlaeufig: false,
        grundlage: '§ 98 Abs. 5 Satz 1 SGB XII',
        zeitpunkt: eintritt,
        anknuepfung: 'eintrittBetreutesWohnen',
        betreutesWohnen: true,
        form,
      };
    }
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
      'Ein ambulant betreutes Wohnen im Sinne des § 98 Abs. 5 SGB XII liegt nicht vor; es bleibt bei der Grundregel des Absatzes 1.',
    );
    const r = ambulantXII(f, bezugstag, anlass, modus, b, leistung, geplant);
    return r && { ...r, betreutesWohnen: false, form };
  }
  const r = ambulantXII(f, bezugstag, anlass, modus, b, leistung, geplant);
  return r && { ...r, form };
}

/** DT-98-XII #5: § 98 Abs. 1 SGB XII — tatsächlicher Aufenthalt bei Beginn der Leistung. */
function ambulantXII(
  f: Fakten,
  T: Tag,
  anlass: Tag,
  modus: ModusXII,
  b: Begruendung,
  leistung: Leistung | undefined,
  geplant: Leistung | undefined,
): EntscheidungXII | undefined {
  const lauf = leistung ? laufAm(f, T, ['ambulant', 'betreutesWohnen'], geplant ? [geplant] : []) : undefined;
  const beginn = modus === 'uebergang' ? T : (lauf?.von ?? anlass);
  // Der angegebene tatsächliche Aufenthalt gilt für den Stichtag, nicht für den 01.01.2020.
  const ort = tatsaechlichAm(f, beginn) ?? (modus === 'regulaer' ? f.e.tatsaechlicherAufenthalt : undefined);
  if (!ort) {
    if (modus === 'uebergang' || modus === 'vorEintritt') {
      if (modus === 'vorEintritt' && keineAufenthaltsdatenBis(f, beginn) && leistung?.traeger)
        return {
          traeger: leistung.traeger,
          vorlaeufig: false,
          grundlage: '§ 98 Abs. 1 Satz 1 SGB XII',
          zeitpunkt: beginn,
          anknuepfung: 'leistungsdaten',
        };
      if (modus === 'uebergang' && leistung?.traeger && keineAufenthaltsdatenBis(f, beginn)) {
        b.hinweis(
          'TRAEGER_AUS_LEISTUNGSDATEN',
          `Zum Aufenthalt am ${d(beginn)} liegen keine Angaben vor; übernommen wird der Träger der laufenden Leistung, ${q(leistung.traeger)}.`,
        );
        return {
          traeger: leistung.traeger,
          vorlaeufig: false,
          grundlage: '§ 98 Abs. 1 Satz 1 SGB XII',
          zeitpunkt: beginn,
          anknuepfung: 'leistungsdaten',
        };
      }
      return undefined;
    }
    if (leistung?.traeger && keineAufenthaltsdatenBis(f, beginn)) {
      b.norm(
        fortdauerSatzXII(T),
        `Zum Aufenthalt bei Beginn der Leistung liegen keine Angaben vor; nach den Leistungsdaten ist ${q(leistung.traeger)} Träger der laufenden Leistung.`,
      );
      b.hinweis(
        'TRAEGER_AUS_LEISTUNGSDATEN',
        `Die Zuständigkeit von ${q(leistung.traeger)} ist aus den Leistungsdaten übernommen. Bitte den tatsächlichen Aufenthalt bei Beginn der Leistung nachtragen.`,
      );
      return {
        traeger: leistung.traeger,
        vorlaeufig: false,
        grundlage: fortdauerSatzXII(T),
        zeitpunkt: beginn,
        anknuepfung: 'leistungsdaten',
      };
    }
    throw fehlenderAufenthalt(beginn);
  }
  if (modus === 'uebergang') {
    b.norm(
      '§ 98 Abs. 1 Satz 1 SGB XII a.F.',
      `Entsprechend § 98 Abs. 1 Satz 1 SGB XII kommt es auf den tatsächlichen Aufenthalt am 01.01.2020 an: ${q(ort)}.`,
    );
    return { traeger: ort, vorlaeufig: false, grundlage: '§ 98 Abs. 1 Satz 1 SGB XII', zeitpunkt: beginn, anknuepfung: 'uebergang' };
  }
  const lage =
    leistung !== undefined
      ? `Bei Beginn der Leistung am ${d(beginn)} hielt sich die Person im Bereich ${q(ort)} auf.`
      : modus === 'vorEintritt'
        ? `Am ${d(beginn)} hielt sich die Person im Bereich ${q(ort)} auf; wäre an diesem Tag ein Bedarf bekannt geworden, wäre dieser Träger zuständig gewesen.`
        : `Am ${d(beginn)}, als der Bedarf bekannt wurde (§ 18 SGB XII), hielt sich die Person im Bereich ${q(ort)} auf.`;
  b.norm('§ 98 Abs. 1 Satz 1 SGB XII a.F.', `Zuständig ist der Träger, in dessen Bereich sich die Person tatsächlich aufhält. ${lage}`);
  const jetzt = tatsaechlichAm(f, T);
  if (leistung && jetzt && jetzt !== ort && modus === 'regulaer') {
    b.norm(
      `${fortdauerSatzXII(T)} a.F.`,
      `Diese Zuständigkeit bleibt bis zur Beendigung der Leistung bestehen, auch wenn die Leistung außerhalb ihres Bereichs erbracht wird; der Aufenthalt in ${q(jetzt)} am Stichtag ändert daran nichts.`,
    );
    return { traeger: ort, vorlaeufig: false, grundlage: fortdauerSatzXII(T), zeitpunkt: beginn, anknuepfung: 'leistungsbeginn' };
  }
  return {
    traeger: ort,
    vorlaeufig: false,
    grundlage: '§ 98 Abs. 1 Satz 1 SGB XII',
    zeitpunkt: beginn,
    anknuepfung: leistung ? 'leistungsbeginn' : 'stichtag',
  };
}

export const sgb12: OertlichesRecht = {
  recht: 'SGB XII',
  einleitung: (stichtag, vorgabe) => ({
    norm: '§ 98 SGB XII a.F.',
    text: `Gefragt ist nach der Zuständigkeit am ${d(stichtag)}. Bis zum 31.12.2019 war die Eingliederungshilfe im Sechsten Kapitel des SGB XII geregelt; die örtliche Zuständigkeit richtet sich nach § 98 SGB XII in der bis dahin geltenden Fassung.${vorgabe}`,
  }),
  entscheide: (f, b) => nachSgbXII(f, f.stichtag, 'regulaer', b, 0),
  betreutesWohnenUngeprueft: false,
  ohneSachlicheAngaben: oq7OhneAngaben,
  sachlich: sachlichNachSgb12,
};
