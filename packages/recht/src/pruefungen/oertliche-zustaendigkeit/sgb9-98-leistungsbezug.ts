// § 98 Abs. 1 Satz 3–5 SGB IX: der Leistungsbezug und seine Unterbrechungen. Sechs leistungsfreie
// Monate beenden ihn (Satz 4); Krankenhaus und medizinische Rehabilitation überbrücken (Satz 5).
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { type Tag, datum, plusMonate, plusTage } from '../../kalender/datum.ts';
import type { Bruecke, Fakten, Zeitraum } from './typen.ts';
import { abzueglich, ueberschneiden, vereinige } from './zeitleisten.ts';

export interface Luecke extends Zeitraum {
  /** Die Lücke reicht bis zum Stichtag (die Leistung ruht noch). */
  laufend: boolean;
  /** Teile der Lücke ohne Krankenhaus oder Reha. */
  teile: Zeitraum[];
  /** Mindestens ein Teil erreicht sechs Monate: der Leistungsbezug ist beendet (Satz 4). */
  beendet: boolean;
  /** Ohne die Unterbrechungen wegen Krankenhaus oder Reha wäre er beendet (Satz 5 entscheidet). */
  ohneBrueckeBeendet: boolean;
  bruecken: Bruecke[];
}

export interface Leistungsfall {
  phasen: Zeitraum[];
  /** Erster Tag nach dem Ende des vorigen Leistungsfalls (für die Zuordnung der Anträge). */
  untergrenze?: Tag;
  luecken: Luecke[];
  beendendeLuecke?: Luecke;
}

function sechsMonateErreicht(z: Zeitraum, monate: number): boolean {
  return z.bis >= plusTage(plusMonate(z.von, monate), -1);
}

function bewerteLuecke(f: Fakten, z: Zeitraum, laufend: boolean): Luecke {
  const monate = wertAmOderFehler(parameter.unterbrechungMonateNeufeststellung, z.bis).wert;
  const bruecken = f.bruecken.filter((br) => ueberschneiden(br, z));
  const teile = abzueglich(z, vereinige(bruecken));
  return {
    ...z,
    laufend,
    teile,
    beendet: teile.some((t) => sechsMonateErreicht(t, monate)),
    ohneBrueckeBeendet: sechsMonateErreicht(z, monate),
    bruecken,
  };
}

/**
 * Teilt den Leistungsbezug in Leistungsfälle; der letzte ist der am Stichtag maßgebliche. Erfasste
 * Unterbrechungen sind Zeiten ohne Leistungsbezug, auch wenn die Leistung selbst durchgehend
 * erfasst ist; Krankenhaus und Reha überbrücken sie wieder (Satz 5), „sonstig“ nicht.
 */
export function leistungsfall(f: Fakten): Leistungsfall {
  const unterbrochen = (f.e.unterbrechungen ?? []).map((u) => ({ von: datum(u.von), bis: datum(u.bis) }));
  const phasen = vereinige(f.leistungen.flatMap((l) => abzueglich(l, unterbrochen)));
  let start = 0;
  let untergrenze: Tag | undefined;
  let beendende: Luecke | undefined;
  const alleLuecken: { luecke: Luecke; nach: number }[] = [];
  for (let i = 1; i < phasen.length; i++) {
    const vorher = phasen[i - 1] as Zeitraum;
    const danach = phasen[i] as Zeitraum;
    const luecke = bewerteLuecke(f, { von: plusTage(vorher.bis, 1), bis: plusTage(danach.von, -1) }, false);
    alleLuecken.push({ luecke, nach: i });
    if (luecke.beendet) {
      start = i;
      untergrenze = luecke.von;
      beendende = luecke;
    }
  }
  const letzte = phasen[phasen.length - 1];
  let fallPhasen = phasen.slice(start);
  if (letzte && letzte.bis < f.stichtag) {
    const luecke = bewerteLuecke(f, { von: plusTage(letzte.bis, 1), bis: f.stichtag }, true);
    alleLuecken.push({ luecke, nach: phasen.length });
    if (luecke.beendet) {
      fallPhasen = [];
      untergrenze = luecke.von;
      beendende = luecke;
      start = phasen.length;
    }
  }
  // Lücken nach dem Beginn des laufenden Falls; keine davon hat sechs Monate erreicht.
  const luecken = alleLuecken.filter((l) => l.nach > start).map((l) => l.luecke);
  return { phasen: fallPhasen, untergrenze, luecken: fallPhasen.length > 0 ? luecken : [], beendendeLuecke: beendende };
}
