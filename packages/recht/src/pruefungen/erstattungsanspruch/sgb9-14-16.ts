// §§ 14–16 SGB IX in der Fassung des Bundesteilhabegesetzes (ab 01.01.2018): Erstattung an den
// leistenden Träger nach § 16 Abs. 1 SGB IX (mit Verwaltungskostenpauschale, `sgb9-16-abs3.ts`),
// Turboklärung (§ 14 Abs. 3 SGB IX) und Ausschluss des § 105 SGB X nach § 16 Abs. 4 SGB IX.
import { euro } from '../../gemeinsam/geld.ts';
import { datum, deutschesDatum } from '../../kalender/datum.ts';
import { betragFuer } from './hoehe.ts';
import { allgemeineGrundlage } from './sgb10-102-105.ts';
import { ausdruecklichOderAbgeleitet, faktischerZwang, ohne105 } from './sgb9-14-verfahren.ts';
import type { Grundlage, Lage, Rehaverfahren } from './typen.ts';

const sperrnorm = '§ 16 Abs. 4 Satz 1 Nr. 1 SGB IX';

function leistenderTraeger(l: Lage, dritter: boolean): Grundlage {
  const { b, e } = l;
  b.norm(
    '§ 16 SGB IX',
    `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, ab dem 01.01.2018: Es gilt § 16 SGB IX in der Fassung des Bundesteilhabegesetzes.`,
  );
  if (e.verpflichteter.insgesamtZustaendig === false) {
    b.hinweis(
      'TEILZUSTAENDIGKEIT',
      '§ 16 Abs. 1 SGB IX setzt voraus, dass der andere Träger für die Leistungen insgesamt zuständig ist. Das ist verneint; geprüft werden die §§ 102–105 SGB X. Bei Beteiligung nach § 15 SGB IX kommt § 16 Abs. 2 SGB IX in Betracht (nicht berechnet).',
    );
    return allgemeineGrundlage(l);
  }
  if (e.verpflichteter.insgesamtZustaendig === undefined)
    b.hinweis(
      'INSGESAMT_ZUSTAENDIG_ANGENOMMEN',
      'Angenommen ist, dass der erstattungspflichtige Träger für die erbrachten Leistungen insgesamt zuständig ist (§ 16 Abs. 1 SGB IX).',
    );
  if (dritter) {
    b.norm(
      '§ 14 Abs. 3 SGB IX',
      'Der zahlende Träger ist nach einer zweiten Weiterleitung mit Einvernehmen (Turboklärung) leistender Träger geworden; für ihn gelten die Fristen nach § 14 Abs. 2 Satz 4 SGB IX.',
    );
    const nach16 = betragFuer(l, { art: 'sgb9-16', norm: '§ 16 Abs. 1 SGB IX' });
    const nach105 = betragFuer(l, { art: 'sgbx-105', norm: '§ 105 SGB X' });
    b.rechtsfrage(
      'TURBOKLAERUNG_DRITTER_TRAEGER',
      `Erhält der dritte Träger nach einer Turboklärung die Erstattung nach § 16 Abs. 1 SGB IX? Die Träger der Eingliederungshilfe, der Jugendhilfe und der Sozialen Entschädigung haben die Gemeinsame Empfehlung Reha-Prozess nicht vereinbart; einige bestreiten diesen Anspruch. Gerechnet ist nach dem Wortlaut des § 14 Abs. 3 SGB IX, der den dritten Träger zum leistenden Träger macht: ${euro(nach16)} mit Verwaltungskostenpauschale. Nach der anderen Lesart bliebe nur der Anspruch eines unzuständigen Trägers nach § 105 SGB X, wie ihn das BSG für den dritten Träger nach altem Recht angenommen hat (Urteil vom 08.03.2016 – B 1 KR 27/15 R): ${euro(nach105)}.`,
    );
  } else
    b.norm(
      '§ 14 Abs. 2 Satz 4 SGB IX',
      'Der zahlende Träger hat nach Weiterleitung des Antrags als leistender Träger geleistet; er war im Außenverhältnis nach allen in Betracht kommenden Rechtsgrundlagen zuständig (BSG, Urteil vom 10.07.2014 – B 10 SF 1/14 R).',
    );
  b.norm(
    '§ 16 Abs. 1 SGB IX',
    'Ein anderer Rehabilitationsträger ist für die erbrachten Leistungen insgesamt zuständig; er erstattet die Aufwendungen des leistenden Trägers nach den für den leistenden Träger geltenden Rechtsvorschriften.',
  );
  return { art: 'sgb9-16', norm: '§ 16 Abs. 1 SGB IX' };
}

function ohneWeiterleitung(l: Lage): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  b.norm(
    '§ 16 Abs. 4 SGB IX',
    'Für unzuständige Rehabilitationsträger ist § 105 SGB X nicht anzuwenden, wenn sie geleistet haben, ohne den Antrag nach § 14 Abs. 1 Satz 2 SGB IX weiterzuleiten, es sei denn, die Rehabilitationsträger vereinbaren Abweichendes (Satz 1); bei Anhaltspunkten für eine Zuständigkeit auf Grund der Ursache der Behinderung bleibt § 105 SGB X unberührt (Satz 2).',
  );
  if (v.abweichendeVereinbarung) {
    const norm = '§ 16 Abs. 4 Satz 1 Hs. 2 SGB IX i.V.m. § 105 SGB X';
    b.norm(norm, 'Die Rehabilitationsträger haben Abweichendes vereinbart; § 105 SGB X bleibt anwendbar.');
    return { art: 'sgbx-105', norm };
  }
  if (v.ursacheDerBehinderung) {
    const norm = '§ 16 Abs. 4 Satz 2 SGB IX i.V.m. § 105 SGB X';
    b.norm(
      norm,
      'Der erste Träger hat von der Weiterleitung abgesehen, weil bei der Prüfung nach § 14 Abs. 1 Satz 3 SGB IX Anhaltspunkte für eine Zuständigkeit auf Grund der Ursache der Behinderung bestanden; § 105 SGB X bleibt unberührt.',
    );
    return { art: 'sgbx-105', norm };
  }
  if (v.faktischerZwang && !ausdruecklichOderAbgeleitet(l)) return faktischerZwang(l, sperrnorm);
  return ohne105(l, sperrnorm);
}

export const sgb9Bthg: Rehaverfahren = {
  recht: 'SGB IX 2018',
  zusatz: '',
  erstattungsvorschrift: '§ 16 SGB IX',
  fassungFuerErsten: (e) => ({
    norm: '§ 16 SGB IX',
    text: `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, ab dem 01.01.2018: Es gelten §§ 14–16 SGB IX in der Fassung des Bundesteilhabegesetzes.`,
  }),
  leistenderTraeger,
  rueckgabeNorm: '§ 14 Abs. 2 Satz 4 SGB IX',
  sperrnorm,
  weitergeleitetUndGeleistet:
    'Anspruch nach § 105 SGB X für den ersten Träger, der weitergeleitet und dennoch geleistet hat: § 16 Abs. 4 Satz 1 Nr. 1 SGB IX greift nach seinem Wortlaut nicht; Rechtsprechung dazu ist nicht bekannt.',
  ohneWeiterleitung,
  faktischerZwang: {
    norm: '§ 105 SGB X',
    text: (sperre) =>
      `Der erste Träger war faktisch zur Vorleistung gezwungen. Wie nach altem Recht bleibt § 105 SGB X trotz ${sperre} anwendbar; so hat das LSG Baden-Württemberg (Urteil – L 7 SO 1571/23) dem erstangegangenen Träger, der zur Leistung verurteilt worden war, die Kosten gegen den zuständigen Träger zugesprochen.`,
    frage: 'FAKTISCHER_ZWANG_NEUES_RECHT',
    rechtsfrage: (betrag105, andere102) =>
      `Faktischer Zwang zur Vorleistung nach § 16 Abs. 4 SGB IX: Ob der erstangegangene Träger, der nicht weitergeleitet hat, den Erstattungsanspruch behält, wenn er faktisch zur Vorleistung gezwungen war, hat das BSG für das Recht ab 2018 nicht entschieden. Angewandt ist die Ausnahme, weil § 16 Abs. 4 SGB IX den Ausschluss aus § 14 Abs. 4 Satz 3 SGB IX a.F. übernommen hat, zu dem das BSG sie anerkannt hat (Urteil vom 20.10.2009 – B 5 R 44/08 R; Urteil vom 12.12.2013 – B 4 AS 14/13 R), und das LSG Baden-Württemberg (Urteil – L 7 SO 1571/23) sie nach neuem Recht angewandt hat: ${betrag105}. Nach der anderen Lesart schließt § 16 Abs. 4 SGB IX den Anspruch ohne Ausnahme aus; der erste Träger erhielte 0,00 €. ${andere102}`,
  },
  keineVorleistungNach43: {
    // § 24 Satz 3 SGB IX: bei Leistungen zur Teilhabe ist § 43 SGB I nicht anzuwenden.
    norm: '§ 24 Satz 3 SGB IX',
    text: 'Werden Leistungen zur Teilhabe beantragt, ist § 43 SGB I nicht anzuwenden; eine vorläufige Leistung nach § 43 SGB I trägt daher keinen Anspruch nach § 102 SGB X.',
  },
};
