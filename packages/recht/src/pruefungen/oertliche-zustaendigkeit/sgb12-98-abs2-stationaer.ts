// § 98 Abs. 2 SGB XII a.F. und § 109 SGB XII (DT-98-XII #3, #4): stationäre Leistung – gewöhnlicher
// Aufenthalt bei der Aufnahme oder in den zwei Monaten davor, Einrichtungskette, Geburt in der
// Einrichtung, vorläufige Leistung nach Satz 3.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { type Tag, datum } from '../../kalender/datum.ts';
import {
  fehlenderAufenthalt,
  istTagUndNacht,
  leistungenAm,
  praegendeLeistung,
  tatsaechlicherTraeger,
  ungeklaertAmStichtag,
  vierWochenEnde,
} from './bausteine.ts';
import type { ModusXII } from './sgb12-98-bis-2019.ts';
import type { EntscheidungXII, Fakten, Leistung } from './typen.ts';
import { blockAm, d, enthaelt, fensterVor, gaAm, letzterGaIn, q, stationaereBloecke, ueberschneiden } from './zeitleisten.ts';

/** DT-98-XII #3, #4: stationäre Leistung, Einrichtungskette, § 109 SGB XII. */
export function stationaerXII(
  f: Fakten,
  T: Tag,
  modus: ModusXII,
  b: Begruendung,
  geplant: Leistung | undefined,
): EntscheidungXII | undefined {
  const stationaereLeistungen = [...f.leistungen, ...(geplant ? [geplant] : [])].filter((l) => istTagUndNacht(l.form));
  const bloecke = stationaereBloecke(f, stationaereLeistungen);
  const block = blockAm(bloecke, T) ?? { von: T, bis: T };
  const aufnahme = block.von;
  // Nur Einrichtungen, in die die Person bis zum Bezugstag schon aufgenommen war.
  const einrichtungen = f.stationaer
    .filter((a) => a.art === 'stationaer' && a.von <= T && ueberschneiden(a, block))
    .sort((a, b2) => a.von - b2.von);
  const kette = einrichtungen.length > 1;
  const form = geplant?.form ?? praegendeLeistung(leistungenAm(f, T))?.form;
  if (form === 'tagUndNacht' && modus === 'regulaer')
    b.hinweis(
      'TAG_UND_NACHT_VOR_2020',
      'Die Betreuung über Tag und Nacht wird für die Zeit vor 2020 als stationäre Leistung in einer Einrichtung behandelt (§ 98 Abs. 2 SGB XII a.F.).',
    );
  b.norm(
    '§ 98 Abs. 2 Satz 1 SGB XII a.F.',
    `Für die stationäre Leistung ist der Träger zuständig, in dessen Bereich die Person im Zeitpunkt der Aufnahme in die Einrichtung ihren gewöhnlichen Aufenthalt hatte oder in den zwei Monaten vor der Aufnahme zuletzt gehabt hatte. Aufnahme: ${d(aufnahme)}${einrichtungen[0] ? ` in ${q(einrichtungen[0].gebiet)}` : ''}.`,
  );
  if (kette)
    b.norm(
      '§ 98 Abs. 2 Satz 2 SGB XII a.F.',
      `Die Person ist ohne Unterbrechung von Einrichtung zu Einrichtung gewechselt (${einrichtungen.map((a) => `${q(a.gebiet)} ab ${d(a.von)}`).join(', ')}). Entscheidend ist der gewöhnliche Aufenthalt, der für die erste Einrichtung maßgebend war.`,
    );
  b.norm(
    '§ 109 SGB XII',
    'Der Aufenthalt in einer Einrichtung und in einer Vollzugsanstalt gilt nicht als gewöhnlicher Aufenthalt; die Einrichtungsorte scheiden daher aus.',
  );
  const g = f.e.geburt;
  if (g && enthaelt(block, datum(g.datum)) && modus !== 'uebergang') {
    b.norm(
      '§ 98 Abs. 2 Satz 4 SGB XII a.F.',
      `Das Kind wurde am ${d(datum(g.datum))} in einer Einrichtung geboren; an die Stelle seines gewöhnlichen Aufenthalts tritt der der Mutter in ${q(g.gebietMutter)}.`,
    );
    return {
      traeger: g.gebietMutter,
      vorlaeufig: false,
      grundlage: '§ 98 Abs. 2 Satz 4 SGB XII',
      zeitpunkt: datum(g.datum),
      anknuepfung: 'geburt',
    };
  }
  const fenster = fensterVor(aufnahme);
  const ga = gaAm(f, aufnahme) ?? letzterGaIn(f, fenster);
  const ungeklaert = ungeklaertAmStichtag(f);
  if (ga && !ungeklaert && !(f.e.eilfall && modus === 'regulaer')) {
    b.norm(
      kette ? '§ 98 Abs. 2 Satz 2 SGB XII a.F.' : '§ 98 Abs. 2 Satz 1 SGB XII a.F.',
      `${gaAm(f, aufnahme) ? `Bei der Aufnahme am ${d(aufnahme)}` : `In den zwei Monaten vor der Aufnahme (${d(fenster.von)} bis ${d(fenster.bis)}) zuletzt`} hatte die Person ihren gewöhnlichen Aufenthalt in ${q(ga.gebiet)}.`,
    );
    return {
      traeger: ga.gebiet,
      vorlaeufig: false,
      grundlage: kette ? '§ 98 Abs. 2 Satz 2 SGB XII' : '§ 98 Abs. 2 Satz 1 SGB XII',
      zeitpunkt: aufnahme,
      anknuepfung: 'aufnahme',
      fenster,
    };
  }
  // Absatz 5 SGB IX verweist nur auf § 98 Abs. 2 Satz 1 und 2 SGB XII; eine hypothetische
  // Zuständigkeit vor Eintritt in das betreute Wohnen kann nicht vorläufig sein.
  if (modus !== 'regulaer') return undefined;
  // § 98 Abs. 2 Satz 3 SGB XII: vorläufige Leistung durch den Träger nach Absatz 1.
  const antrag = f.antraege.find((a) => a.datum >= aufnahme) ?? f.antraege[f.antraege.length - 1];
  const tat = tatsaechlicherTraeger(f, T, antrag);
  if (!tat) throw fehlenderAufenthalt(T);
  const anlass = antrag?.datum ?? aufnahme;
  const ende = vierWochenEnde(anlass);
  const grund = ungeklaert
    ? `Ob und wo der gewöhnliche Aufenthalt begründet worden ist, steht nicht fest (vier Wochen ab ${d(anlass)} enden am ${d(ende)})`
    : ga
      ? 'Es liegt ein Eilfall vor'
      : 'Ein gewöhnlicher Aufenthalt ist nicht vorhanden oder nicht zu ermitteln';
  b.norm(
    '§ 98 Abs. 2 Satz 3 SGB XII a.F.',
    `${grund}. Der nach Absatz 1 zuständige Träger des tatsächlichen Aufenthalts ${q(tat.gebiet)} (${tat.quelle}) hat unverzüglich zu entscheiden und vorläufig zu leisten; der nach Absatz 2 Satz 1 zuständige Träger erstattet (§ 106 Abs. 1 SGB XII).`,
  );
  b.hinweis('PROVISIONAL_98_2', `${q(tat.gebiet)} leistet vorläufig (§ 98 Abs. 2 Satz 3 SGB XII a.F.); Erstattung nach § 106 SGB XII.`);
  if (!ga && !ungeklaert)
    b.hinweis(
      'KEIN_GEWOEHNLICHER_AUFENTHALT',
      'Ohne gewöhnlichen Aufenthalt erstattet der überörtliche Träger, zu dessen Bereich der vorläufig leistende örtliche Träger gehört (§ 106 Abs. 1 Satz 2 SGB XII).',
    );
  if (ungeklaert && f.stichtag <= ende)
    b.hinweis('VIERWOCHENFRIST_LAEUFT', `Die vier Wochen zur Klärung des gewöhnlichen Aufenthalts laufen bis ${d(ende)}.`);
  return {
    traeger: tat.gebiet,
    vorlaeufig: true,
    grundlage: '§ 98 Abs. 2 Satz 3 SGB XII',
    zeitpunkt: aufnahme,
    anknuepfung: 'aufnahme',
    ...(ungeklaert ? { vierWochenEnde: ende } : {}),
    ...(ga && ga.gebiet !== tat.gebiet ? { endgueltigerTraeger: ga.gebiet } : {}),
  };
}
