// § 98 Abs. 1 Satz 3–5 SGB IX: Die einmal begründete Zuständigkeit bleibt bis zur Beendigung des
// Leistungsbezugs bestehen (Fortdauer), auch nach einem Umzug oder einem Wechsel der Leistungsform.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { rechtsstaende } from '../../gemeinsam/parameter.ts';
import { datum, plusTage } from '../../kalender/datum.ts';
import { istTagUndNacht, leistungenAm, wohnortAm } from './bausteine.ts';
import type { Leistungsfall } from './sgb9-98-leistungsbezug.ts';
import type { Entscheidung, Fakten, Zeitraum } from './typen.ts';
import { d, gaVor, q, stationaereBloecke } from './zeitleisten.ts';

/** § 98 Abs. 1 Satz 4 SGB IX: ein früherer Leistungsbezug endete mit sechs leistungsfreien Monaten. */
export function begruendeNeufeststellung(fall: Leistungsfall, b: Begruendung): void {
  const l = fall.beendendeLuecke;
  if (!l) return;
  b.norm(
    '§ 98 Abs. 1 Satz 4 SGB IX',
    `Vom ${d(l.von)} bis ${d(l.bis)} wurden ${l.laufend ? 'bis zum Stichtag ' : ''}keine Leistungen bezogen, zusammenhängend mindestens sechs Monate. Der frühere Leistungsbezug ist beendet; die Zuständigkeit ist neu festzustellen.`,
  );
}

/** Unterbrechungen im laufenden Leistungsfall (§ 98 Abs. 1 Satz 4 und 5 SGB IX). */
function begruendeUnterbrechungen(fall: Leistungsfall, b: Begruendung): void {
  for (const l of fall.luecken) {
    if (l.bruecken.length > 0) {
      const gruende = [
        ...new Set(
          l.bruecken.map((x) =>
            x.grund === 'krankenhaus'
              ? 'stationärer Krankenhausbehandlung'
              : x.grund === 'reha'
                ? 'medizinischer Rehabilitation'
                : 'eines stationären Aufenthalts',
          ),
        ),
      ];
      b.norm(
        '§ 98 Abs. 1 Satz 5 SGB IX',
        `Die Unterbrechung vom ${d(l.von)} bis ${d(l.bis)} beruhte ${l.teile.length === 0 ? 'vollständig' : 'teilweise'} auf ${gruende.join(' und ')}. Eine solche Unterbrechung gilt nicht als Beendigung des Leistungsbezugs.`,
      );
      if (l.bruecken.some((x) => x.grund === 'stationaerer Aufenthalt'))
        b.hinweis(
          'ANNAHME_KRANKENHAUS',
          `Für die Lücke vom ${d(l.von)} bis ${d(l.bis)} ist nur ein stationärer Aufenthalt erfasst. Die Prüfung nimmt an, dass es sich um Krankenhausbehandlung oder medizinische Rehabilitation handelt (§ 98 Abs. 1 Satz 5 SGB IX); bitte als Unterbrechung mit Grund erfassen.`,
        );
      if (l.ohneBrueckeBeendet && l.teile.length > 0)
        b.hinweis(
          'UNTERBRECHUNG_GETEILT',
          `Die leistungsfreie Zeit vom ${d(l.von)} bis ${d(l.bis)} wird durch Krankenhaus oder Reha geteilt; die Teile davor und danach werden nicht zusammengezählt (die Zeit der Behandlung gilt als Leistungsbezug). Zusammengezählt wären es mindestens sechs Monate.`,
          { beleg: '[DESIGN] die Zeit der Behandlung gilt als Leistungsbezug' },
        );
    } else {
      b.norm(
        '§ 98 Abs. 1 Satz 4 SGB IX',
        `Vom ${d(l.von)} bis ${d(l.bis)} ${l.laufend ? 'ruhen die Leistungen bis zum Stichtag' : 'wurden keine Leistungen bezogen'}; das sind weniger als sechs Monate. Der Leistungsbezug ist dadurch nicht beendet.`,
      );
    }
  }
}

/** Grundlage der Fortdauer, wenn sie das Ergebnis trägt (Satz 5 vor Satz 3). */
export function fortdauer(f: Fakten, fall: Leistungsfall, e: Entscheidung, b: Begruendung): Entscheidung {
  if (fall.phasen.length === 0) return e;
  const beginn = (fall.phasen[0] as Zeitraum).von;
  const satz5 = fall.luecken.some((l) => l.ohneBrueckeBeendet && !l.beendet);
  const jetzt = wohnortAm(f, f.stichtag);
  // OQ-6: Wechsel aus einer anderen Leistung in Betreuung über Tag und Nacht unter § 98 SGB IX,
  // nach dem maßgeblichen Tag (ein Wechsel vor 2020 ist schon in Absatz 5 aufgegangen).
  const ab = Math.max(beginn, e.zeitpunkt, datum(rechtsstaende.eingliederungshilfeSgb9));
  const tuN = f.leistungen
    .filter((l) => l.von > ab && istTagUndNacht(l.form) && !leistungenAm(f, plusTage(l.von, -1)).some((v) => istTagUndNacht(v.form)))
    .sort((a, b2) => a.von - b2.von)[0];
  const formwechsel = tuN !== undefined;
  // Wer über Tag und Nacht betreut wird, lebt dort, wo die Leistung erbracht wird; das ist kein
  // Umzug im Sinne der Fortdauer, solange diese Betreuung andauert.
  const nachTagUndNacht = ['tagUndNacht', 'aufnahme', 'geburt'].includes(e.anknuepfung);
  const weiterTagUndNacht = leistungenAm(f, f.stichtag).some((l) => istTagUndNacht(l.form));
  const woanders = jetzt !== undefined && jetzt !== e.traeger && !(nachTagUndNacht && weiterTagUndNacht);
  // Satz 3 trägt das Ergebnis erst, wenn sich der Wohnort seit dem maßgeblichen Tag geändert hat.
  const umgezogen = woanders && jetzt !== wohnortAm(f, e.zeitpunkt);
  if (beginn < f.stichtag) {
    b.norm(
      '§ 98 Abs. 1 Satz 3 SGB IX',
      `${e.anknuepfung === 'uebergang' ? 'Nach § 98 Abs. 5 Satz 2 SGB IX gilt Absatz 1 Satz 3 bis 5 entsprechend: d' : 'D'}ie Zuständigkeit von ${q(e.traeger)} bleibt bis zur Beendigung des Leistungsbezugs bestehen. Leistungen werden seit ${d(beginn)} ${fall.luecken.length > 0 ? 'bezogen; keine Unterbrechung hat den Leistungsbezug beendet' : 'ohne Unterbrechung bezogen'}.${woanders ? ` Dass sich die Person inzwischen in ${q(jetzt)} aufhält, ändert daran nichts.` : ''}${formwechsel && tuN ? ` Auch der Wechsel in eine Betreuung über Tag und Nacht ab ${d(tuN.von)} beendet den Leistungsbezug nicht.` : ''}`,
    );
    begruendeUnterbrechungen(fall, b);
  }
  if (formwechsel && tuN) {
    const alternativ = gaVor(f, tuN.von, stationaereBloecke(f));
    const anders = alternativ && alternativ.abschnitt.gebiet !== e.traeger;
    b.rechtsfrage(
      'OQ-6',
      `Vorrang der Fortdauer (§ 98 Abs. 1 Satz 3 SGB IX) vor der Zwei-Monats-Regel für Leistungen über Tag und Nacht (Satz 1 Alt. 2) beim Wechsel in eine besondere Wohnform am ${d(tuN.von)}. Die Prüfung lässt ${q(e.traeger)} zuständig bleiben. ${
        alternativ
          ? anders
            ? `Nach der Gegenansicht wäre ${q(alternativ.abschnitt.gebiet)} zuständig (letzter gewöhnlicher Aufenthalt im Fenster ${d(alternativ.fenster.von)} bis ${d(alternativ.fenster.bis)}).`
            : 'Die Gegenansicht käme hier zum selben Träger.'
          : 'Nach der Gegenansicht ließe sich im Zwei-Monats-Fenster kein gewöhnlicher Aufenthalt feststellen.'
      }`,
    );
  }
  if (woanders && !e.vorlaeufig)
    b.hinweis(
      'AMTSHILFE_MOEGLICH',
      `${q(e.traeger)} bleibt zuständig, obwohl sich die Person in ${q(jetzt)} aufhält. Für Aufgaben vor Ort (etwa die Gesamtplanung) kann ${q(e.traeger)} ${q(jetzt)} um Amtshilfe ersuchen (§§ 3 ff. SGB X).`,
    );
  if (e.grundlage.startsWith('§ 98 Abs. 2')) return e;
  if (satz5) return { ...e, grundlage: '§ 98 Abs. 1 Satz 5 SGB IX' };
  if (umgezogen || formwechsel) return { ...e, grundlage: '§ 98 Abs. 1 Satz 3 SGB IX' };
  return e;
}
