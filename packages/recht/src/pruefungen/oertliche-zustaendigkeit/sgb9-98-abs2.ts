// § 98 Abs. 2 SGB IX (DT-98-IX #6, #7): vorläufige Leistung des Trägers des tatsächlichen Aufenthalts,
// Wechsel zum Träger nach Absatz 1 mit Erstattung, Eilfall und kein gewöhnlicher Aufenthalt.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { plusTage } from '../../kalender/datum.ts';
import {
  fehlenderAufenthalt,
  festgestelltBis,
  gaAmIst,
  keineAufenthaltsdatenBis,
  traegerAusDaten,
  tatsaechlicherTraeger,
  ungeklaertAmStichtag,
  vierWochenEnde,
} from './bausteine.ts';
import type { Anknuepfungspunkt, Kandidat } from './sgb9-98-abs1.ts';
import type { Leistungsfall } from './sgb9-98-leistungsbezug.ts';
import type { Entscheidung, Fakten } from './typen.ts';
import { d, q, tatsaechlichAm } from './zeitleisten.ts';

/**
 * DT-98-IX #6 und #7 (§ 98 Abs. 2 SGB IX) und die endgültige Entscheidung aus dem Kandidaten.
 */
export function absatz2IX(
  f: Fakten,
  fall: Leistungsfall,
  punkt: Anknuepfungspunkt,
  kandidat: Kandidat | undefined,
  b: Begruendung,
): Entscheidung {
  const festgestellt = festgestelltBis(f);
  const ungeklaert = ungeklaertAmStichtag(f);
  if (ungeklaert) {
    const tat = tatsaechlicherTraeger(f, punkt.tag, punkt.antrag);
    if (!tat) throw fehlenderAufenthalt(punkt.tag);
    const ende = vierWochenEnde(punkt.tag);
    const laeuft = f.stichtag <= ende;
    b.norm(
      '§ 98 Abs. 2 Satz 1 SGB IX',
      `Ob und wo die Person ihren gewöhnlichen Aufenthalt begründet hat, steht nicht fest. Die vier Wochen ab dem ${d(punkt.tag)} enden am ${d(ende)}${laeuft ? ' und laufen am Stichtag noch' : ' und sind ohne Klärung verstrichen'}. Der für den tatsächlichen Aufenthalt zuständige Träger ${q(tat.gebiet)} (${tat.quelle}) hat über die Leistung unverzüglich zu entscheiden und sie vorläufig zu erbringen.`,
    );
    b.hinweis(
      'PROVISIONAL_98_2',
      `${q(tat.gebiet)} leistet vorläufig (§ 98 Abs. 2 Satz 1 SGB IX). Steht der gewöhnliche Aufenthalt fest, wird der Träger nach Absatz 1 zuständig und erstattet die Kosten (Satz 2).`,
    );
    if (laeuft)
      b.hinweis(
        'VIERWOCHENFRIST_LAEUFT',
        `Die vier Wochen zur Klärung des gewöhnlichen Aufenthalts laufen bis ${d(ende)}. Spätestens dann muss ${q(tat.gebiet)} unverzüglich entscheiden und vorläufig leisten.`,
      );
    b.rechtsfrage(
      'OQ-6',
      `Beginn der vier Wochen in § 98 Abs. 2 SGB IX: gerechnet wird ab dem Antrag am ${d(punkt.tag)} beim Träger des tatsächlichen Aufenthalts, ohne Verschiebung des Endes.`,
      { beleg: '[DESIGN] Beginn mit dem Antrag beim Träger des tatsächlichen Aufenthalts' },
    );
    return {
      traeger: tat.gebiet,
      vorlaeufig: true,
      grundlage: '§ 98 Abs. 2 Satz 1 SGB IX',
      zeitpunkt: punkt.tag,
      anknuepfung: punkt.art,
      vierWochenEnde: ende,
      ...(kandidat && kandidat.traeger !== tat.gebiet ? { endgueltigerTraeger: kandidat.traeger } : {}),
    };
  }
  if (f.e.eilfall) {
    const tat = tatsaechlicherTraeger(f, f.stichtag, punkt.antrag);
    if (tat && tat.gebiet !== kandidat?.traeger) {
      b.norm(
        '§ 98 Abs. 2 Satz 1 SGB IX',
        `Es liegt ein Eilfall vor. Entsprechend § 98 Abs. 2 Satz 1 SGB IX entscheidet der Träger des tatsächlichen Aufenthalts ${q(tat.gebiet)} unverzüglich und leistet vorläufig${kandidat ? `; endgültig zuständig bleibt ${q(kandidat.traeger)}` : ''}.`,
      );
      b.hinweis(
        'PROVISIONAL_98_2',
        `${q(tat.gebiet)} leistet im Eilfall vorläufig; die Kosten erstattet der nach Absatz 1 zuständige Träger.`,
      );
      b.hinweis(
        'EILFALL_ANALOGIE',
        '§ 98 Abs. 2 SGB IX nennt den Eilfall nicht ausdrücklich (anders § 98 Abs. 2 Satz 3 SGB XII a.F.). Die vorläufige Leistung im Eilfall ist eine entsprechende Anwendung.',
        { beleg: 'recht.md DT-98-IX #6' },
      );
      return {
        traeger: tat.gebiet,
        vorlaeufig: true,
        grundlage: '§ 98 Abs. 2 Satz 1 SGB IX',
        zeitpunkt: punkt.tag,
        anknuepfung: punkt.art,
        ...(kandidat ? { endgueltigerTraeger: kandidat.traeger } : {}),
      };
    }
  }
  if (kandidat) {
    const vorlaeufigerLeister = vorlaeufigGeleistet(f, fall, punkt, kandidat);
    if (festgestellt !== undefined || vorlaeufigerLeister) {
      const leister = vorlaeufigerLeister ?? tatsaechlicherTraeger(f, punkt.tag, punkt.antrag)?.gebiet;
      b.norm(
        '§ 98 Abs. 2 Satz 2 SGB IX',
        `Der gewöhnliche Aufenthalt steht ${festgestellt !== undefined ? `seit ${d(festgestellt)} ` : ''}fest. Damit wird ${q(kandidat.traeger)} als Träger nach Absatz 1 örtlich zuständig${leister && leister !== kandidat.traeger ? ` und hat ${q(leister)} die Kosten der vorläufigen Leistung zu erstatten` : ''}.`,
      );
      if (leister && leister !== kandidat.traeger) {
        const bis = festgestellt !== undefined ? plusTage(festgestellt, -1) : f.stichtag;
        const geleistet = f.leistungen.filter((l) => l.traeger === leister && l.von <= bis);
        const ab = geleistet[0]?.von;
        b.hinweis(
          'ERSTATTUNG_98_2',
          `${q(kandidat.traeger)} erstattet ${q(leister)} die Kosten der vorläufigen Leistung${ab !== undefined ? ` für die Zeit ab ${d(ab)}${festgestellt !== undefined ? ` bis ${d(bis)}` : ''}` : ''} (§ 98 Abs. 2 Satz 2 SGB IX; Ausschlussfrist § 111 SGB X beachten).`,
        );
      }
      return { ...kandidat, vorlaeufig: false, grundlage: '§ 98 Abs. 2 Satz 2 SGB IX' };
    }
    return { ...kandidat, vorlaeufig: false };
  }
  // Kein gewöhnlicher Aufenthalt nach Absatz 1, 3 oder 4.
  if (keineAufenthaltsdatenBis(f, punkt.tag)) {
    const ausDaten = traegerAusDaten(f, fall.phasen[0]?.von, punkt.antrag);
    if (ausDaten) {
      b.norm(
        '§ 98 Abs. 1 Satz 3 SGB IX',
        `Zum Aufenthalt bei Beginn des Leistungsfalls liegen keine Angaben vor. Nach den Leistungsdaten war ${q(ausDaten.traeger)} als Träger bestimmt (${ausDaten.quelle}); diese Zuständigkeit bleibt bis zur Beendigung des Leistungsbezugs bestehen.`,
      );
      b.hinweis(
        'TRAEGER_AUS_LEISTUNGSDATEN',
        `Die Zuständigkeit von ${q(ausDaten.traeger)} ist aus den erfassten Leistungs- bzw. Antragsdaten übernommen, nicht aus dem gewöhnlichen Aufenthalt abgeleitet. Bitte den Aufenthalt zum Zeitpunkt des ersten Antrags nachtragen.`,
      );
      return {
        traeger: ausDaten.traeger,
        vorlaeufig: false,
        grundlage: '§ 98 Abs. 1 Satz 3 SGB IX',
        zeitpunkt: punkt.tag,
        anknuepfung: 'leistungsdaten',
      };
    }
  }
  const tat = tatsaechlicherTraeger(f, punkt.tag, punkt.antrag);
  if (!tat) throw fehlenderAufenthalt(punkt.tag);
  b.norm(
    '§ 98 Abs. 2 Satz 3 SGB IX',
    `Ein gewöhnlicher Aufenthalt im Bundesgebiet ist nach den Angaben nicht vorhanden. Örtlich zuständig ist der Träger, in dessen Bereich sich die Person tatsächlich aufhält: ${q(tat.gebiet)} (${tat.quelle}). Diese Zuständigkeit ist endgültig.`,
  );
  b.hinweis(
    'KEIN_GEWOEHNLICHER_AUFENTHALT',
    'Aus den Angaben folgt, dass kein gewöhnlicher Aufenthalt im Inland besteht (§ 98 Abs. 2 Satz 3 SGB IX). Ist er nur ungeklärt, bitte „gewöhnlicher Aufenthalt ungeklärt“ angeben: dann leistet der Träger des tatsächlichen Aufenthalts vorläufig (Satz 1).',
    { beleg: 'Eingabefeld gewoehnlicherAufenthaltUngeklaert' },
  );
  return { traeger: tat.gebiet, vorlaeufig: false, grundlage: '§ 98 Abs. 2 Satz 3 SGB IX', zeitpunkt: punkt.tag, anknuepfung: punkt.art };
}

/**
 * Hat im laufenden Leistungsfall der Träger des tatsächlichen Aufenthalts geleistet, obwohl ein
 * anderer nach Absatz 1 zuständig ist? Dann ist das der Wechsel nach § 98 Abs. 2 Satz 2 SGB IX
 * (z. B. SC-16: X hat vorläufig geleistet, jetzt steht Y fest). [DESIGN] Erkannt wird das an den
 * Leistungsdaten, wenn der gewöhnliche Aufenthalt ausdrücklich nicht (mehr) ungeklärt ist oder der
 * leistende Träger der Träger des tatsächlichen Aufenthalts ist.
 */
function vorlaeufigGeleistet(f: Fakten, fall: Leistungsfall, punkt: Anknuepfungspunkt, kandidat: Kandidat): string | undefined {
  const beginn = fall.phasen[0]?.von;
  if (beginn === undefined) return undefined;
  const fremd = f.leistungen.find((l) => l.von >= beginn && l.traeger && l.traeger !== kandidat.traeger);
  if (!fremd?.traeger) return undefined;
  if (f.e.gewoehnlicherAufenthaltUngeklaert === false) return fremd.traeger;
  const tat = f.e.tatsaechlicherAufenthalt ?? tatsaechlichAm(f, punkt.tag) ?? punkt.antrag?.traeger;
  return tat === fremd.traeger && tat !== kandidat.traeger && !gaAmIst(f, punkt.tag, fremd.traeger) ? fremd.traeger : undefined;
}
