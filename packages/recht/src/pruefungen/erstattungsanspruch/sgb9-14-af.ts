// § 14 SGB IX in der bis 31.12.2017 geltenden Fassung (SGB IX vom 19.06.2001): Erstattung an den
// leistenden Träger nach § 14 Abs. 4 Satz 1 SGB IX a.F., Ausschluss des § 105 SGB X nach Abs. 4 Satz 3.
// Drei Zeilen der Tabelle in `fassungen.ts` nutzen diese Regeln: vor dem Inkrafttreten des SGB IX (mit
// Hinweis), ab 01.07.2001 und ab 01.05.2004 (Vorbehalt abweichender Vereinbarungen, Abs. 4 Satz 3 Hs. 2).
import { type Tag, datum, deutschesDatum } from '../../kalender/datum.ts';
import { allgemeineGrundlage } from './sgb10-102-105.ts';
import { ausdruecklichOderAbgeleitet, faktischerZwang, ohne105 } from './sgb9-14-verfahren.ts';
import { nachrangAusArten } from './traeger.ts';
import type { Grundlage, Lage, Rehaverfahren } from './typen.ts';

const sperrnorm = '§ 14 Abs. 4 Satz 3 SGB IX a.F.';
const faktischerZwangNorm = '§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. i.V.m. § 105 SGB X';

interface Einstellungen {
  /** § 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. („es sei denn, die Rehabilitationsträger vereinbaren Abweichendes“) gilt schon. */
  vereinbarungsvorbehalt: boolean;
  /** Das SGB IX galt am maßgebenden Tag noch nicht: Tag des Inkrafttretens für den Hinweis. */
  inKraftAb?: Tag;
}

function leistenderTraeger(l: Lage, dritter: boolean): Grundlage {
  const { b, e } = l;
  b.norm(
    '§ 14 SGB IX a.F.',
    `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, vor dem 01.01.2018: Es gilt § 14 SGB IX in der bis 31.12.2017 geltenden Fassung; eine Verwaltungskostenpauschale kennt er nicht.`,
  );
  if (dritter) {
    // BSG, Urteil vom 08.03.2016 – B 1 KR 27/15 R: § 14 SGB IX a.F. kennt nur den ersten und den
    // zweiten Träger; der gesetzeswidrig dritte Träger erstattet sich nur als unzuständiger Träger.
    b.norm(
      '§ 14 Abs. 1 Satz 2 SGB IX a.F.',
      'Vor 2018 kannte § 14 SGB IX nur den ersten und den zweiten Träger; eine zweite Weiterleitung sah er nicht vor. Der Träger, an den ein zweites Mal weitergeleitet wurde, hat keinen Anspruch nach § 14 Abs. 4 Satz 1 SGB IX a.F., sondern nur den eines unzuständigen Trägers nach § 105 SGB X (BSG, Urteil vom 08.03.2016 – B 1 KR 27/15 R).',
    );
    b.hinweis(
      'KEINE_TURBOKLAERUNG_ALTES_RECHT',
      'Eine zweite Weiterleitung (Turboklärung) gab es vor 2018 nicht. Der dritte Träger erhält nur die Erstattung eines unzuständigen Trägers (§ 105 SGB X), im Umfang nach dem Recht des zuständigen Trägers.',
    );
    return allgemeineGrundlage(l, e.grundlage ?? (nachrangAusArten(e.zahlender.art, e.verpflichteter.art) ? undefined : 'unzustaendig'));
  }
  b.norm(
    '§ 14 Abs. 2 Satz 3 SGB IX a.F.',
    'Der zahlende Träger hat nach Weiterleitung des Antrags geleistet; er war im Außenverhältnis umfassend zuständig („aufgedrängte Zuständigkeit“, Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).',
  );
  b.norm(
    '§ 14 Abs. 4 Satz 1 SGB IX a.F.',
    'Stellt sich nach der Bewilligung heraus, dass ein anderer Rehabilitationsträger zuständig ist, erstattet dieser dem leistenden Träger dessen Aufwendungen nach den für den leistenden Träger geltenden Rechtsvorschriften (BSGE 98, 267).',
  );
  return { art: 'sgb9-14-af', norm: '§ 14 Abs. 4 Satz 1 SGB IX a.F.' };
}

function ohneWeiterleitung(l: Lage, vereinbarungsvorbehalt: boolean): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  b.norm(
    sperrnorm,
    'Für unzuständige Rehabilitationsträger, die eine Leistung nach Abs. 2 Satz 1 und 2 erbracht haben, ist § 105 SGB X nicht anzuwenden, es sei denn, die Rehabilitationsträger vereinbaren Abweichendes (Halbsatz 2, in Kraft seit 01.05.2004).',
  );
  if (v.abweichendeVereinbarung && vereinbarungsvorbehalt) {
    b.norm(faktischerZwangNorm, 'Die Rehabilitationsträger haben Abweichendes vereinbart; § 105 SGB X bleibt anwendbar.');
    return { art: 'sgbx-105', norm: faktischerZwangNorm };
  }
  if (v.abweichendeVereinbarung)
    b.hinweis(
      'VEREINBARUNG_VOR_2004',
      'Den Vorbehalt abweichender Vereinbarungen enthält § 14 Abs. 4 Satz 3 SGB IX a.F. erst seit 01.05.2004 (Hauck/Noftz/Götze); für frühere Leistungen ist die Vereinbarung nicht berücksichtigt.',
    );
  if (v.faktischerZwang && !ausdruecklichOderAbgeleitet(l)) return faktischerZwang(l, sperrnorm);
  if (v.ursacheDerBehinderung)
    b.hinweis(
      'URSACHE_NUR_NEUES_RECHT',
      'Die Ausnahme bei Anhaltspunkten für eine Zuständigkeit auf Grund der Ursache der Behinderung steht erst in § 16 Abs. 4 Satz 2 SGB IX (ab 01.01.2018); § 14 Abs. 4 Satz 3 SGB IX a.F. kennt sie nicht.',
    );
  return ohne105(l, sperrnorm);
}

/** § 14 SGB IX a.F. mit den Einstellungen der Zeile in `fassungen.ts`. */
export function sgb9AltesRecht({ vereinbarungsvorbehalt, inKraftAb }: Einstellungen): Rehaverfahren {
  return {
    recht: 'SGB IX a.F.',
    zusatz: ' a.F.',
    ...(inKraftAb !== undefined
      ? {
          vorab(l: Lage): void {
            l.b.hinweis(
              'VOR_SGB_IX',
              `Der maßgebende Tag liegt vor dem Inkrafttreten des SGB IX am ${deutschesDatum(inKraftAb)} (Datum nicht verifiziert); gerechnet ist nach § 14 SGB IX a.F. Bitte das damals geltende Recht prüfen.`,
            );
          },
        }
      : {}),
    erstattungsvorschrift: '§ 14 Abs. 4 SGB IX a.F.',
    fassungFuerErsten: (e) => ({
      norm: '§ 14 SGB IX a.F.',
      text: `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, vor dem 01.01.2018: Es gilt § 14 SGB IX in der bis 31.12.2017 geltenden Fassung.`,
    }),
    leistenderTraeger,
    rueckgabeNorm: '§ 14 Abs. 2 Satz 3 SGB IX a.F.',
    faktischerZwangTrotzWeiterleitung(l: Lage): Grundlage {
      l.b.norm(
        sperrnorm,
        'Für unzuständige Rehabilitationsträger, die eine Leistung nach Abs. 2 Satz 1 und 2 erbracht haben, ist § 105 SGB X nicht anzuwenden, es sei denn, die Rehabilitationsträger vereinbaren Abweichendes (Halbsatz 2). Der erste Träger hat hier wie ein leistender Träger geleistet, obwohl der zweite Träger gebunden war (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).',
      );
      return faktischerZwang(l, sperrnorm);
    },
    sperrnorm,
    weitergeleitetUndGeleistet:
      'Anspruch nach § 105 SGB X für den ersten Träger, der weitergeleitet und dennoch geleistet hat. Das Bayerische LSG (Urteil vom 21.01.2016 – L 8 SO 235/14) hat ihn nach altem Recht wegen faktischen Zwangs zur Vorleistung bejaht; ohne diesen Zwang ist er nicht durch Rechtsprechung belegt.',
    ohneWeiterleitung: (l) => ohneWeiterleitung(l, vereinbarungsvorbehalt),
    faktischerZwang: {
      norm: faktischerZwangNorm,
      text: () =>
        'Der erste Träger war faktisch zur Vorleistung gezwungen. In diesem Ausnahmefall bleibt § 105 SGB X trotz § 14 Abs. 4 Satz 3 SGB IX a.F. anwendbar (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).',
      frage: 'FAKTISCHER_ZWANG_GRUNDLAGE',
      rechtsfrage: (betrag105, andere102) =>
        `Faktischer Zwang zur Vorleistung – welche Anspruchsgrundlage? Gerechnet ist nach § 105 SGB X, wie es das Bayerische LSG (Urteil vom 21.01.2016 – L 8 SO 235/14) für den zur Vorleistung gezwungenen ersten Träger getan hat: ${betrag105}. Das BSG (Urteil vom 20.10.2009 – B 5 R 44/08 R) hält in diesem Fall einen Anspruch nach § 102 SGB X für gegeben. ${andere102}`,
    },
    keineVorleistungNach43: {
      // Für das alte Recht wie § 24 Satz 3 SGB IX: BSGE 98, 267 (§ 14 SGB IX a.F. als Sonderregel).
      norm: '§ 14 SGB IX a.F.',
      text: 'Eine vorläufige Leistung nach § 43 SGB I trägt bei Leistungen zur Teilhabe keinen Anspruch nach § 102 SGB X; § 14 SGB IX a.F. geht vor (BSG, Urteil vom 26.06.2007 – B 1 KR 34/06 R, BSGE 98, 267).',
    },
  };
}
