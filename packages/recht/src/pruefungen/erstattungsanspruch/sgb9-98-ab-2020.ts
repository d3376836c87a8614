// Eingliederungshilfe im SGB IX Teil 2 (ab 01.01.2020): vorläufige Leistung und Erstattung nach § 98
// Abs. 2 SGB IX; Nachrang nach § 91 Abs. 1 SGB IX; Träger der Sozialhilfe sind keine
// Rehabilitationsträger mehr (§ 6 Abs. 1 SGB IX), die Grenze des § 110 Abs. 2 SGB XII gilt nur noch
// zwischen Trägern der Sozialhilfe.
import type { Eingliederungshilferecht, Grundlage, Lage } from './typen.ts';

/** DT-ERST Nr. 4 ab 01.01.2020: vorläufige Leistung des Trägers des tatsächlichen Aufenthalts. */
function vorlaeufigeLeistung(l: Lage): Grundlage {
  const { b, e } = l;
  b.hinweis(
    'PROVISIONAL_98_2',
    'Vorläufige Leistung des Trägers des tatsächlichen Aufenthalts, weil der gewöhnliche Aufenthalt nicht binnen vier Wochen feststand.',
  );
  if (e.verpflichteter.art !== 'egh' || e.zahlender.art !== 'egh')
    b.hinweis(
      'TRAEGERART_UNPASSEND',
      '§ 98 Abs. 2 SGB IX regelt die Erstattung zwischen Trägern der Eingliederungshilfe; die angegebenen Trägerarten passen nicht dazu.',
    );
  b.norm(
    '§ 98 Abs. 2 Satz 1 SGB IX',
    'Stand innerhalb von vier Wochen nicht fest, ob und wo der gewöhnliche Aufenthalt begründet worden ist, hatte der für den tatsächlichen Aufenthalt zuständige Träger der Eingliederungshilfe unverzüglich zu entscheiden und vorläufig zu leisten.',
  );
  b.norm(
    '§ 98 Abs. 2 Satz 2 SGB IX',
    'Steht der gewöhnliche Aufenthalt fest, wird der Träger nach Abs. 1 örtlich zuständig und hat dem vorläufig leistenden Träger die Kosten zu erstatten. Hilfsweise trüge § 102 SGB X, weil Abs. 2 Satz 1 eine gesetzliche Vorleistungspflicht ist (Festlegung des Regelwerks).',
  );
  return { art: 'sgb9-98', norm: '§ 98 Abs. 2 Satz 2 SGB IX' };
}

export const eingliederungshilfeImSgb9: Eingliederungshilferecht = {
  vorlaeufigeLeistung,
  nachrangNorm: '§ 91 Abs. 1 SGB IX',
  istRehabilitationstraeger: (art) => art !== 'pflegekasse' && art !== 'sozialhilfe',
  istSozialhilfetraeger: (art) => art === 'sozialhilfe',
  sozialhilfeZusatz: '',
};
