// Aufbereitung der Angaben zu Zeitleisten (gewöhnlicher Aufenthalt, stationäre Aufenthalte,
// Leistungsbezug) und Hinweise zur Eingabe.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { datum } from '../../kalender/datum.ts';
import {
  type Antrag,
  type Aufenthalt,
  type Bruecke,
  type Fakten,
  type Leistung,
  type OertlicheZustaendigkeitEingabe,
  UNBEGRENZT,
} from './typen.ts';
import { abzueglich, d, gaZeitleiste, q, zeitraumText } from './zeitleisten.ts';

export function bereiteAuf(e: OertlicheZustaendigkeitEingabe): Fakten {
  const stichtag = datum(e.stichtag);
  const aufenthalte: Aufenthalt[] = (e.aufenthalte ?? []).map((a, index) => ({
    index,
    von: datum(a.von),
    bis: a.bis ? datum(a.bis) : UNBEGRENZT,
    offen: !a.bis,
    gebiet: a.gebiet,
    art: a.art,
  }));
  const alleLeistungen: Leistung[] = (e.leistungen ?? []).map((l, index) => ({
    index,
    von: datum(l.von),
    bis: l.bis ? datum(l.bis) : UNBEGRENZT,
    offen: !l.bis,
    form: l.form,
    ...(l.traeger ? { traeger: l.traeger } : {}),
  }));
  const leistungen = alleLeistungen
    .filter((l) => l.von <= stichtag)
    .map((l) => ({ ...l, bis: l.bis < stichtag ? l.bis : stichtag }))
    .sort((a, b) => a.von - b.von || a.index - b.index);
  const kuenftigeLeistungen = alleLeistungen.filter((l) => l.von > stichtag).sort((a, b) => a.von - b.von || a.index - b.index);
  const antraege: Antrag[] = (e.antraege ?? [])
    .map((a, index) => ({ index, datum: datum(a.datum), ...(a.traeger ? { traeger: a.traeger } : {}) }))
    .filter((a) => a.datum <= stichtag)
    .sort((a, b) => a.datum - b.datum || a.index - b.index);
  const sonstige = (e.unterbrechungen ?? []).filter((u) => u.grund === 'sonstig').map((u) => ({ von: datum(u.von), bis: datum(u.bis) }));
  const bruecken: Bruecke[] = (e.unterbrechungen ?? [])
    .filter((u) => u.grund !== 'sonstig')
    .map((u) => ({
      von: datum(u.von),
      bis: datum(u.bis),
      grund: u.grund === 'krankenhaus' ? ('krankenhaus' as const) : ('reha' as const),
    }));
  // Ein erfasster stationärer Aufenthalt ohne Leistungen wird als Krankenhaus/Reha angenommen,
  // außer eine Unterbrechung „sonstig“ sagt etwas anderes (Hinweis ANNAHME_KRANKENHAUS).
  for (const a of aufenthalte.filter((x) => x.art === 'stationaer'))
    for (const t of abzueglich({ von: a.von, bis: a.bis < stichtag ? a.bis : stichtag }, [...sonstige, ...bruecken]))
      if (t.von <= t.bis) bruecken.push({ ...t, grund: 'stationaerer Aufenthalt' });
  const { abschnitte } = gaZeitleiste(aufenthalte);
  return {
    e,
    stichtag,
    aufenthalte,
    ga: abschnitte,
    stationaer: aufenthalte.filter((a) => a.art === 'stationaer' || a.art === 'haft'),
    leistungen,
    kuenftigeLeistungen,
    antraege,
    bruecken,
  };
}

export function hinweiseZurEingabe(f: Fakten, b: Begruendung): void {
  const { ueberschneidungen } = gaZeitleiste(f.aufenthalte);
  for (const [a, s] of ueberschneidungen)
    b.hinweis(
      'UEBERSCHNEIDUNG_GEWOEHNLICHER_AUFENTHALT',
      `Der ${a.index + 1}. gewöhnliche Aufenthalt (${q(a.gebiet)}, ${zeitraumText(a)}) und der ${s.index + 1}. (${q(s.gebiet)}, ${zeitraumText(s)}) überschneiden sich. Ein Mensch hat nur einen gewöhnlichen Aufenthalt (§ 30 Abs. 3 Satz 2 SGB I); die Prüfung nimmt einen Wechsel am ${d(s.von)} an. Bitte die Daten prüfen.`,
      { beleg: `/aufenthalte/${a.index} und /aufenthalte/${s.index}` },
    );
  const spaeter = [
    ...(f.e.leistungen ?? []).filter((l) => datum(l.von) > f.stichtag).map(() => 'Leistungen'),
    ...(f.e.antraege ?? []).filter((a) => datum(a.datum) > f.stichtag).map(() => 'Anträge'),
  ];
  if (spaeter.length > 0)
    b.hinweis(
      'DATEN_NACH_STICHTAG',
      `${[...new Set(spaeter)].join(' und ')} nach dem Stichtag ${d(f.stichtag)} zählen für die Zuständigkeit am Stichtag nicht (außer als geplante Leistung eines offenen Antrags).`,
    );
  const g = f.e.geburt;
  if (g && datum(g.datum) > f.stichtag) b.hinweis('GEBURT_NACH_STICHTAG', `Die Geburt am ${d(datum(g.datum))} liegt nach dem Stichtag.`);
}
