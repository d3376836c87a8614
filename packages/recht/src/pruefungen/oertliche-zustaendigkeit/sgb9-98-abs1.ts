// § 98 Abs. 1, 3 und 4 SGB IX (ab 01.01.2020, Entscheidungstabelle DT-98-IX #1–#5): der maßgebliche
// Tag (erster Antrag, Beginn des Gesamtplanverfahrens, Beginn der Leistungen über Tag und Nacht) und
// der gewöhnliche Aufenthalt an diesem Tag oder in den zwei Monaten davor.
import { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { type Tag, datum, plusTage } from '../../kalender/datum.ts';
import { formText, istTagUndNacht, leistungenAm, praegendeLeistung } from './bausteine.ts';
import type { Leistungsfall } from './sgb9-98-leistungsbezug.ts';
import type { Anknuepfung, Antrag, Fakten, Leistung, Leistungsform, Zeitraum } from './typen.ts';
import { blockAm, d, fensterVor, gaAm, gaVor, q, stationaereBloecke, ueberschneiden, zeitraumText } from './zeitleisten.ts';

export interface Anknuepfungspunkt {
  tag: Tag;
  art: 'antrag' | 'gesamtplan' | 'leistungsbeginn' | 'stichtag';
  antrag?: Antrag;
}

export function anknuepfungSgbIX(f: Fakten, fall: Leistungsfall, b: Begruendung, begruenden: boolean): Anknuepfungspunkt {
  if (!begruenden) return anknuepfungSgbIX(f, fall, new Begruendung(), true);
  const imFall = f.antraege.filter((a) => fall.untergrenze === undefined || a.datum >= fall.untergrenze);
  const erster = imFall[0];
  const gesamtplan = f.e.gesamtplanBeginn ? datum(f.e.gesamtplanBeginn) : undefined;
  const gesamtplanImFall =
    gesamtplan !== undefined && gesamtplan <= f.stichtag && (fall.untergrenze === undefined || gesamtplan >= fall.untergrenze)
      ? gesamtplan
      : undefined;
  if (erster) {
    const spaetere = imFall.slice(1);
    const frueher = f.antraege.filter((a) => fall.untergrenze !== undefined && a.datum < fall.untergrenze);
    let text = `Maßgeblich ist die erste Antragstellung nach § 108 Abs. 1 SGB IX: der Antrag vom ${d(erster.datum)}${erster.traeger ? ` (gestellt bei ${q(erster.traeger)})` : ''}.`;
    if (spaetere.length > 0)
      text += ` Spätere Anträge (${spaetere.map((a) => d(a.datum)).join(', ')}) ändern die einmal begründete Zuständigkeit nicht.`;
    if (frueher.length > 0)
      text += ` Frühere Anträge (${frueher.map((a) => d(a.datum)).join(', ')}) gehören zum beendeten Leistungsbezug und bleiben außer Betracht.`;
    b.norm('§ 98 Abs. 1 Satz 1 SGB IX', text);
    if (gesamtplanImFall !== undefined && gesamtplanImFall < erster.datum)
      b.hinweis(
        'GESAMTPLAN_VOR_ANTRAG',
        `Das Gesamtplanverfahren begann schon am ${d(gesamtplanImFall)}, vor dem ersten Antrag. Die Prüfung knüpft an den Antrag an; war für die Leistung nach § 108 Abs. 2 SGB IX kein Antrag nötig, zählt der Beginn des Verfahrens (§ 98 Abs. 1 Satz 2 SGB IX).`,
      );
    return { tag: erster.datum, art: 'antrag', antrag: erster };
  }
  if (gesamtplanImFall !== undefined) {
    b.norm(
      '§ 98 Abs. 1 Satz 2 SGB IX',
      `Ein Antrag liegt nicht vor; der Bedarf wurde im Gesamtplanverfahren ermittelt (§ 108 Abs. 2 SGB IX). Maßgeblich ist daher der Beginn des Verfahrens nach Kapitel 7 am ${d(gesamtplanImFall)}.`,
    );
    b.rechtsfrage('OQ-6', 'Seit wann § 98 Abs. 1 Satz 2 SGB IX (Beginn des Gesamtplanverfahrens statt Antrag) gilt, ist nicht geprüft.');
    return { tag: gesamtplanImFall, art: 'gesamtplan' };
  }
  const beginn = fall.phasen[0]?.von;
  if (beginn !== undefined) {
    b.hinweis(
      'KEIN_ANTRAG',
      `Für den laufenden Leistungsfall ist kein Antrag erfasst. Ersatzweise wird auf den Beginn der Leistungen am ${d(beginn)} abgestellt; maßgeblich wäre nach § 98 Abs. 1 Satz 1 SGB IX der erste Antrag nach § 108 Abs. 1 SGB IX (oder nach Satz 2 der Beginn des Gesamtplanverfahrens). Bitte das Antragsdatum nachtragen.`,
    );
    b.norm('§ 98 Abs. 1 Satz 1 SGB IX', `Ohne erfassten Antrag knüpft die Prüfung an den Beginn der Leistungen am ${d(beginn)} an.`);
    return { tag: beginn, art: 'leistungsbeginn' };
  }
  b.hinweis(
    'KEIN_ANTRAG',
    `Weder ein Antrag noch ein Leistungsbezug ist erfasst. Geprüft wird, wer zuständig wäre, wenn der erste Antrag am Stichtag ${d(f.stichtag)} gestellt würde.`,
  );
  b.norm('§ 98 Abs. 1 Satz 1 SGB IX', `Ohne Antrag und Leistungen knüpft die Prüfung an den Stichtag ${d(f.stichtag)} an.`);
  return { tag: f.stichtag, art: 'stichtag' };
}

/**
 * Die Leistung, mit der der Leistungsfall begann (oder die geplant ist, wenn noch nichts läuft),
 * mit ihrem Beginn in diesem Fall: nach einer Unterbrechung kann der Fall mitten in einer erfassten
 * Leistung beginnen.
 */
export function fallLeistung(
  f: Fakten,
  fall: Leistungsfall,
  b: Begruendung,
): { leistung: Leistung; beginn: Tag; geplant: boolean } | undefined {
  const beginn = fall.phasen[0]?.von;
  if (beginn !== undefined) {
    const l = praegendeLeistung(leistungenAm(f, beginn));
    return l ? { leistung: l, beginn, geplant: false } : undefined;
  }
  const geplant = praegendeLeistung(f.kuenftigeLeistungen.filter((x) => x.von === f.kuenftigeLeistungen[0]?.von));
  if (geplant) {
    b.hinweis(
      'GEPLANTE_LEISTUNG',
      `Am Stichtag wird noch nicht geleistet. Für die Art der Leistung wird die geplante ${formText(geplant.form)} ab ${d(geplant.von)} zugrunde gelegt.`,
    );
    return { leistung: geplant, beginn: geplant.von, geplant: true };
  }
  return undefined;
}

export interface Kandidat {
  traeger: string;
  grundlage: string;
  zeitpunkt: Tag;
  anknuepfung: Anknuepfung;
  fenster?: Zeitraum;
  betreutesWohnen?: boolean;
}

/** DT-98-IX #3: Betreuung über Tag und Nacht vom Zeitpunkt der Geburt an (§ 98 Abs. 3 SGB IX). */
export function geburtIX(f: Fakten, start: { leistung: Leistung; beginn: Tag } | undefined, b: Begruendung): Kandidat | undefined {
  const g = f.e.geburt;
  if (!g) return undefined;
  const geburt = datum(g.datum);
  const leistung = start && { form: start.leistung.form, von: start.beginn };
  if (!leistung || !istTagUndNacht(leistung.form)) {
    b.norm(
      '§ 98 Abs. 3 SGB IX',
      `Das Kind wurde am ${d(geburt)} geboren; Leistungen über Tag und Nacht von Geburt an sind nicht erfasst. An die Stelle des gewöhnlichen Aufenthalts des Kindes tritt daher nicht der der Mutter.`,
    );
    return undefined;
  }
  const eigenerGa = f.ga.find((s) => ueberschneiden(s, { von: geburt, bis: plusTage(leistung.von, -1) }));
  if (leistung.von < geburt || eigenerGa) {
    b.norm(
      '§ 98 Abs. 3 SGB IX',
      `Die Leistungen über Tag und Nacht ab ${d(leistung.von)} schließen nicht unmittelbar an die Geburt am ${d(geburt)} an${eigenerGa ? `; das Kind hatte zuvor einen eigenen gewöhnlichen Aufenthalt in ${q(eigenerGa.gebiet)}` : ''}. Absatz 3 greift nicht.`,
    );
    return undefined;
  }
  b.norm(
    '§ 98 Abs. 3 SGB IX',
    `Für das am ${d(geburt)} geborene Kind werden Leistungen über Tag und Nacht vom Zeitpunkt der Geburt an beantragt. An die Stelle seines gewöhnlichen Aufenthalts tritt der gewöhnliche Aufenthalt der Mutter in ${q(g.gebietMutter)}.`,
  );
  return { traeger: g.gebietMutter, grundlage: '§ 98 Abs. 3 SGB IX', zeitpunkt: geburt, anknuepfung: 'geburt' };
}

/** DT-98-IX #4: Betreuung über Tag und Nacht — letzter g.A. in den zwei Monaten davor. */
export function tagUndNachtIX(f: Fakten, leistung: { form: Leistungsform; von: Tag }, b: Begruendung): Kandidat | undefined {
  const fenster = fensterVor(leistung.von);
  const r = gaVor(f, leistung.von, stationaereBloecke(f));
  const einleitung = `Die Leistungen werden als ${formText(leistung.form)} ab ${d(leistung.von)} erbracht. Maßgeblich ist der gewöhnliche Aufenthalt, den die Person in den zwei Monaten vor diesen Leistungen zuletzt hatte; das Fenster reicht vom ${d(fenster.von)} bis ${d(fenster.bis)}.`;
  if (!r) {
    b.norm('§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX', `${einleitung} In diesem Fenster ist kein gewöhnlicher Aufenthalt erfasst.`);
    return undefined;
  }
  if (r.aufnahmen.length === 1) {
    b.norm(
      '§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX',
      `${einleitung} Zuletzt bestand der gewöhnliche Aufenthalt in ${q(r.abschnitt.gebiet)} (${zeitraumText(r.abschnitt)}).`,
    );
    return {
      traeger: r.abschnitt.gebiet,
      grundlage: '§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX',
      zeitpunkt: leistung.von,
      anknuepfung: 'tagUndNacht',
      fenster,
    };
  }
  const aufnahme = r.aufnahmen[r.aufnahmen.length - 1] as Tag;
  b.norm(
    '§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX',
    `${einleitung} In diesem Fenster hielt sich die Person nur stationär oder in Haft auf; das begründet keinen gewöhnlichen Aufenthalt.`,
  );
  b.norm(
    '§ 98 Abs. 4 Satz 2 SGB IX',
    `Maßgeblich ist deshalb der gewöhnliche Aufenthalt in den letzten zwei Monaten vor der Aufnahme am ${d(aufnahme)} (Fenster ${d(r.fenster.von)} bis ${d(r.fenster.bis)}): ${q(r.abschnitt.gebiet)}.`,
  );
  return {
    traeger: r.abschnitt.gebiet,
    grundlage: '§ 98 Abs. 4 Satz 2 SGB IX',
    zeitpunkt: aufnahme,
    anknuepfung: 'aufnahme',
    fenster: r.fenster,
  };
}

/** DT-98-IX #5: g.A. am Tag der ersten Antragstellung (oder des Gesamtplanbeginns). */
export function antragIX(f: Fakten, punkt: Anknuepfungspunkt, b: Begruendung): Kandidat | undefined {
  const grundlage = punkt.art === 'gesamtplan' ? '§ 98 Abs. 1 Satz 2 SGB IX' : '§ 98 Abs. 1 Satz 1 SGB IX';
  const anknuepfung: Anknuepfung = punkt.art;
  const ga = gaAm(f, punkt.tag);
  if (ga) {
    b.norm(
      grundlage,
      `Am ${d(punkt.tag)} hatte die Person ihren gewöhnlichen Aufenthalt in ${q(ga.gebiet)} (${zeitraumText(ga)}); dort hielt sie sich nicht nur vorübergehend auf (§ 30 Abs. 3 Satz 2 SGB I).`,
    );
    return { traeger: ga.gebiet, grundlage, zeitpunkt: punkt.tag, anknuepfung };
  }
  const bloecke = stationaereBloecke(f);
  const block = blockAm(bloecke, punkt.tag);
  if (block) {
    const r = gaVor(f, block.von, bloecke);
    b.norm(
      '§ 98 Abs. 4 Satz 1 SGB IX',
      `Am ${d(punkt.tag)} hielt sich die Person stationär oder in Haft auf (seit ${d(block.von)}). Dieser Aufenthalt gilt nicht als gewöhnlicher Aufenthalt.`,
    );
    if (r) {
      const aufnahme = r.aufnahmen[r.aufnahmen.length - 1] as Tag;
      b.norm(
        '§ 98 Abs. 4 Satz 2 SGB IX',
        `Zuständig ist der Träger, in dessen Bereich die Person in den letzten zwei Monaten vor der Aufnahme am ${d(aufnahme)} zuletzt ihren gewöhnlichen Aufenthalt hatte (Fenster ${d(r.fenster.von)} bis ${d(r.fenster.bis)}): ${q(r.abschnitt.gebiet)}.`,
      );
      return {
        traeger: r.abschnitt.gebiet,
        grundlage: '§ 98 Abs. 4 Satz 2 SGB IX',
        zeitpunkt: aufnahme,
        anknuepfung: 'aufnahme',
        fenster: r.fenster,
      };
    }
    b.norm(
      '§ 98 Abs. 4 Satz 2 SGB IX',
      `Auch in den zwei Monaten vor der Aufnahme am ${d(block.von)} ist kein gewöhnlicher Aufenthalt erfasst.`,
    );
    return undefined;
  }
  b.norm(grundlage, `Für den ${d(punkt.tag)} ist kein gewöhnlicher Aufenthalt erfasst.`);
  return undefined;
}
