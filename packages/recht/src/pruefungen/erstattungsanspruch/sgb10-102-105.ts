// §§ 102–105 SGB X: die allgemeinen Erstattungsansprüche (DT-ERST Nr. 5), § 104 SGB X auch aus dem
// Nachrang des zahlenden Trägers abgeleitet (recht.md §4.4 Nr. 2). Was von der Fassung abhängt (Norm des
// Nachrangs, Rehabilitationsträger, § 43 SGB I bei Leistungen zur Teilhabe), kommt aus der `Lage`.
import { type TraegerArt, istRehabilitationstraeger, nachrangAusArten, nachrangNorm, traegerNamen } from './traeger.ts';
import type { Anspruchsart, Grundlage, Grundlagenwahl, Lage } from './typen.ts';

export const sgbxNormen: Record<Grundlagenwahl, { art: Anspruchsart; norm: string; text: string }> = {
  vorlaeufigGesetzlich: {
    art: 'sgbx-102',
    norm: '§ 102 SGB X',
    text: 'Der zahlende Träger hat auf Grund gesetzlicher Vorschriften vorläufig geleistet; der zur Leistung verpflichtete Träger ist erstattungspflichtig. Der Umfang richtet sich nach dem Recht des vorleistenden Trägers (Abs. 2).',
  },
  nachtraeglichEntfallen: {
    art: 'sgbx-103',
    norm: '§ 103 SGB X',
    text: 'Die Leistungspflicht des zahlenden Trägers ist nachträglich entfallen; der für die entsprechende Leistung zuständige Träger ist erstattungspflichtig, soweit er nicht bereits selbst geleistet hat. Der Umfang richtet sich nach dem Recht des zuständigen Trägers (Abs. 2).',
  },
  nachrang: {
    art: 'sgbx-104',
    norm: '§ 104 SGB X',
    text: 'Der zahlende Träger war nachrangig verpflichtet; der vorrangig verpflichtete Träger ist erstattungspflichtig, soweit er nicht bereits selbst geleistet hat. Der Umfang richtet sich nach dem Recht des vorrangig verpflichteten Trägers (Abs. 3).',
  },
  unzustaendig: {
    art: 'sgbx-105',
    norm: '§ 105 SGB X',
    text: 'Der zahlende Träger hat als unzuständiger Träger geleistet, ohne dass § 102 Abs. 1 SGB X vorliegt; der zuständige Träger ist erstattungspflichtig, soweit er nicht bereits selbst geleistet hat. Der Umfang richtet sich nach dem Recht des zuständigen Trägers (Abs. 2).',
  },
};

/**
 * recht.md §4.4 Nr. 2: § 104 SGB X aus dem Nachrang des zahlenden Trägers abgeleitet, nicht nur gewählt.
 * Der Nachrang folgt aus dem Leistungsrecht des zahlenden Trägers (`nachrangAusArten`).
 */
export function abgeleiteterNachrang(l: Lage): Grundlage {
  const { b, e } = l;
  const norm = nachrangNorm(e.zahlender.art, l.egh);
  const wortlaut: Record<string, string> = {
    '§ 91 Abs. 1 SGB IX':
      'Eingliederungshilfe erhält, wer die erforderliche Leistung nicht von anderen oder von Trägern anderer Sozialleistungen erhält.',
    '§ 2 Abs. 1 SGB XII':
      'Sozialhilfe erhält nicht, wer die erforderliche Leistung von anderen, insbesondere von Trägern anderer Sozialleistungen, erhält.',
    '§ 10 Abs. 1 SGB VIII':
      'Verpflichtungen anderer, insbesondere der Träger anderer Sozialleistungen, werden durch die Jugendhilfe nicht berührt.',
  };
  b.norm(
    norm,
    `${wortlaut[norm] ?? ''} Die Leistung des zahlenden Trägers („${traegerNamen[e.zahlender.art]}“) ist daher gegenüber der des erstattungspflichtigen Trägers („${traegerNamen[e.verpflichteter.art]}“) nachrangig.`,
  );
  b.norm('§ 104 SGB X', sgbxNormen.nachrang.text);
  b.hinweis(
    'NACHRANG_ABGELEITET',
    `Die Grundlage § 104 SGB X ist aus den Trägerarten abgeleitet (${norm}). Voraussetzung ist, dass der Leistungsberechtigte gegen den erstattungspflichtigen Träger einen Anspruch auf eine gleichartige Leistung hatte; kein Anspruch besteht, soweit der zahlende Träger auch bei rechtzeitiger Leistung des anderen hätte leisten müssen (§ 104 Abs. 1 Satz 3 SGB X). Eine andere Grundlage kann mit „grundlage“ vorgegeben werden.`,
  );
  return { art: 'sgbx-104', norm: '§ 104 SGB X' };
}

/**
 * § 10 Abs. 4 SGB VIII: Zwischen Jugendhilfe und Eingliederungshilfe (bis 2019 Sozialhilfe) entscheidet
 * die Art der Behinderung über den Vorrang – bei körperlicher oder geistiger Behinderung geht die
 * Eingliederungshilfe vor (Satz 2), sonst die Jugendhilfe (Satz 1). Aus den Trägerarten allein nicht
 * ableitbar; ein Hinweis sagt, wann § 104 SGB X trägt.
 */
export function hinweisVorrangJugendhilfe(l: Lage): void {
  const z = l.e.zahlender.art;
  const v = l.e.verpflichteter.art;
  const egh = (a: TraegerArt): boolean => a === 'egh' || a === 'sozialhilfe';
  if (!((z === 'jugendhilfe' && egh(v)) || (egh(z) && v === 'jugendhilfe'))) return;
  l.b.hinweis(
    'VORRANG_JUGENDHILFE_PRUEFEN',
    z === 'jugendhilfe'
      ? 'Bei körperlicher oder geistiger Behinderung eines jungen Menschen geht die Eingliederungshilfe der Jugendhilfe vor (§ 10 Abs. 4 Satz 2 SGB VIII); dann ist der Jugendhilfeträger nachrangig verpflichtet und hat einen Anspruch nach § 104 SGB X, auch wenn er nicht weitergeleitet hat (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R; BSG, Urteil vom 25.09.2014 – B 8 SO 7/13 R). Bitte dann „grundlage: nachrang“ angeben.'
      : 'Bei seelischer Behinderung eines jungen Menschen geht die Jugendhilfe der Eingliederungshilfe vor (§ 10 Abs. 4 Satz 1 SGB VIII); dann ist der zahlende Träger nachrangig verpflichtet und hat einen Anspruch nach § 104 SGB X. Bitte dann „grundlage: nachrang“ angeben.',
  );
}

/** DT-ERST Nr. 5: §§ 102–105 SGB X nach der Angabe `grundlage` oder, ohne sie, nach den Tatsachen. */
export function allgemeineGrundlage(l: Lage, wahl: Grundlagenwahl | undefined = l.e.grundlage): Grundlage {
  const { b } = l;
  if (!wahl && nachrangAusArten(l.e.zahlender.art, l.e.verpflichteter.art)) return abgeleiteterNachrang(l);
  if (!wahl) hinweisVorrangJugendhilfe(l);
  if (!wahl)
    b.hinweis(
      'GRUNDLAGE_ANGENOMMEN',
      'Ohne Angabe „grundlage“ wird § 105 SGB X angenommen: Der zahlende Träger war für die Leistung nicht zuständig. Liegen die Voraussetzungen der §§ 102–104 SGB X vor, gehen diese vor (§ 106 Abs. 1 SGB X) — bitte angeben.',
    );
  const g = sgbxNormen[wahl ?? 'unzustaendig'];
  b.norm(g.norm, g.text);
  if (g.art === 'sgbx-102' && istRehabilitationstraeger(l.e.zahlender.art, l.egh)) {
    // § 24 Satz 3 SGB IX bzw. § 14 SGB IX a.F.: in der Fassung des Rehabilitationsrechts.
    b.norm(l.reha.keineVorleistungNach43.norm, l.reha.keineVorleistungNach43.text);
    b.hinweis(
      'VORLAEUFIG_NICHT_NACH_43_SGB_I',
      '§ 102 SGB X ist nur gerechnet, weil als Grundlage „vorläufig aufgrund gesetzlicher Vorschriften geleistet“ angegeben ist. Bitte prüfen, dass die Vorleistungspflicht auf einer anderen gesetzlichen Vorschrift als § 43 SGB I beruht (z. B. § 98 Abs. 2 Satz 1 SGB IX).',
    );
  }
  return { art: g.art, norm: g.norm };
}
