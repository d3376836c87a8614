// Eingliederungshilfe als Sozialhilfe (SGB XII Kapitel 6, 01.01.2005–31.12.2019): vorläufige Leistung
// nach § 98 Abs. 2 Satz 3 SGB XII a.F. mit Erstattung nach § 106 Abs. 1 Satz 1 SGB XII a.F.; Nachrang
// nach § 2 Abs. 1 SGB XII; der Träger der Sozialhilfe ist Rehabilitationsträger (§ 6 Abs. 1 Nr. 7 SGB IX
// a.F.), der Träger der Eingliederungshilfe ist Träger der Sozialhilfe (§ 110 Abs. 2 SGB XII).
import { euro } from '../../gemeinsam/geld.ts';
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { datum, deutschesDatum } from '../../kalender/datum.ts';
import { istFuersorgetraeger } from './traeger.ts';
import type { Eingliederungshilferecht, Grundlage, Lage } from './typen.ts';

/** DT-ERST Nr. 4 bis 31.12.2019: § 98 Abs. 2 Satz 3 SGB XII (nur stationäre Leistungen), Erstattung nach § 106 Abs. 1 Satz 1 SGB XII. */
function vorlaeufigeLeistung(l: Lage): Grundlage {
  const { b, e } = l;
  b.hinweis(
    'PROVISIONAL_98_2',
    'Vorläufige Leistung des Trägers des tatsächlichen Aufenthalts, weil der gewöhnliche Aufenthalt nicht binnen vier Wochen feststand.',
  );
  if (!istFuersorgetraeger(e.verpflichteter.art) || !istFuersorgetraeger(e.zahlender.art))
    b.hinweis(
      'TRAEGERART_UNPASSEND',
      '§ 106 SGB XII a.F. regelt die Kostenerstattung zwischen Trägern der Sozialhilfe; die angegebenen Trägerarten passen nicht dazu.',
    );
  b.norm(
    '§ 98 Abs. 2 Satz 3 SGB XII a.F.',
    `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, vor dem 01.01.2020: Die Eingliederungshilfe war Sozialhilfe. Stand bei einer stationären Leistung innerhalb von vier Wochen nicht fest, ob und wo der gewöhnliche Aufenthalt begründet worden ist, hatte der Träger des tatsächlichen Aufenthalts vorläufig zu leisten.`,
  );
  b.norm(
    '§ 106 Abs. 1 Satz 1 SGB XII a.F.',
    'Der nach § 98 Abs. 2 Satz 1 SGB XII zuständige Träger hat dem vorläufig leistenden Träger die aufgewendeten Kosten zu erstatten, soweit die Leistung dem SGB XII entspricht (§ 110 Abs. 1 SGB XII a.F.).',
  );
  // Statut geht recht.md vor: § 110 Abs. 2 Satz 1 SGB XII a.F. nimmt die vorläufige Leistung nach
  // § 98 Abs. 2 Satz 3 von der 2.560-Euro-Grenze ausdrücklich aus.
  const grenze = wertAmOderFehler(parameter.bagatellgrenzeSozialhilfeAltesRecht, l.stand).wert;
  b.norm(
    '§ 110 Abs. 2 Satz 1 SGB XII a.F.',
    `Die Grenze von ${euro(grenze)} für Kostenerstattungen unter Trägern der Sozialhilfe gilt nach ihrem Wortlaut nicht „in den Fällen einer vorläufigen Leistungserbringung nach § 98 Abs. 2 Satz 3“.`,
  );
  b.hinweis(
    'SGB12_BAGATELLGRENZE',
    `Für §§ 106 ff. SGB XII a.F. gilt eine Mindestgrenze von ${euro(grenze)}; § 110 Abs. 2 Satz 1 SGB XII a.F. nimmt die vorläufige Leistung nach § 98 Abs. 2 Satz 3 davon aus. Die Grenze ist daher nicht angewandt; § 110 SGB X ist ergänzend angewandt (§ 37 SGB I).`,
  );
  return { art: 'sgb12-106-af', norm: '§ 106 Abs. 1 Satz 1 SGB XII a.F.' };
}

export const eingliederungshilfeImSgb12: Eingliederungshilferecht = {
  vorlaeufigeLeistung,
  nachrangNorm: '§ 2 Abs. 1 SGB XII',
  istRehabilitationstraeger: (art) => art !== 'pflegekasse',
  istSozialhilfetraeger: (art) => art === 'sozialhilfe' || art === 'egh',
  sozialhilfeZusatz: ' (bis 31.12.2019 war die Eingliederungshilfe Sozialhilfe)',
};
