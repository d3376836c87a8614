// Prüfungsart `erstattungsanspruch`: Anspruchsgrundlage und Höhe einer Erstattung zwischen
// Leistungsträgern — §§ 102–110 SGB X, § 16 SGB IX, § 14 Abs. 4 SGB IX a.F., § 98 Abs. 2 Satz 2
// SGB IX (recht.md §4.1–4.4, Entscheidungstabelle DT-ERST).
//
// Ablauf: (1) die am maßgebenden Tag geltenden Fassungen aus den Tabellen in `fassungen.ts`,
// (2) Anspruchsgrundlage nach DT-ERST (`grundlage.ts`), (3) Leistungsaufwendungen (anteilig nach
// Kalendertagen, `umfang.ts`), (4) Grenzen in dieser Reihenfolge: § 105 Abs. 3 / § 103 Abs. 3 SGB X,
// „soweit nicht bereits selbst geleistet“, § 110 SGB X, § 109 SGB X, § 16 Abs. 3 SGB IX (`hoehe.ts`).
// Gerechnet wird exakt mit Brüchen; jeder Betrag wird einmal am Ende kaufmännisch gerundet
// (szenarien.md, Konventionen). Je Norm und Fassung ein Modul: `sgb9-14-af.ts`, `sgb9-14-16.ts`,
// `sgb12-98-106-bis-2019.ts`, `sgb9-98-ab-2020.ts`, `sgb10-102-105.ts`, `sgb10-103-105.ts`, …
import { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { fassungAm } from '../../gemeinsam/fassung.ts';
import { euro } from '../../gemeinsam/geld.ts';
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { pruefungsart } from '../../gemeinsam/pruefung.ts';
import { datum } from '../../kalender/datum.ts';
import { bruch, runde } from './bruch.ts';
import { eingliederungshilferecht, rehaverfahren, sgb10 } from './fassungen.ts';
import { bestimmeGrundlage } from './grundlage.ts';
import { grenzen } from './hoehe.ts';
import { rechnungspruefung } from './rechnungspruefung.ts';
import { pruefeWidersprueche, schema } from './schema.ts';
import { istFuersorgetraeger } from './traeger.ts';
import type { ErstattungsanspruchEingabe, ErstattungsanspruchErgebnis, Lage } from './typen.ts';
import { leistungsaufwendungen, umfangNorm } from './umfang.ts';

export { betragAb, monatsanteile } from './betraege.ts';
export {
  type TraegerArt,
  fuersorgetraegerText,
  istFuersorgetraeger,
  istRehabilitationstraeger,
  nachrangAusArten,
  sozialeEntschaedigungAb,
  traegerArtSchema,
  traegerArten,
  traegerNamen,
} from './traeger.ts';
export type {
  ErstattungsanspruchEingabe,
  ErstattungsanspruchErgebnis,
  Grundlagenwahl,
  Leistung,
  Rechnung,
  Rechnungspruefung,
  Verfahren,
  ZahlenderTraeger,
} from './typen.ts';

/** Der Fall mit den am Tag `rechtsstand` (sonst Leistungsbeginn) geltenden Fassungen. */
function lage(e: ErstattungsanspruchEingabe, b: Begruendung): Lage {
  const stand = datum(e.rechtsstand ?? e.leistungsbeginn);
  return {
    e,
    b,
    stand,
    reha: fassungAm(rehaverfahren, stand),
    egh: fassungAm(eingliederungshilferecht, stand),
    sgb10: fassungAm(sgb10, stand),
  };
}

export const erstattungsanspruch = pruefungsart<ErstattungsanspruchEingabe, ErstattungsanspruchErgebnis>({
  art: 'erstattungsanspruch',
  titel: 'Erstattungsanspruch: Grundlage und Höhe',
  normen: '§§ 102–110 SGB X, § 16 SGB IX, § 14 Abs. 4 SGB IX a.F., § 98 Abs. 2 SGB IX',
  schema,
  beispiel: {
    art: 'erstattungsanspruch',
    leistungsbeginn: '2025-01-01',
    verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
    zahlender: { art: 'egh' },
    verpflichteter: { art: 'rentenversicherung', insgesamtZustaendig: true },
    leistungen: [{ von: '2025-01-01', bis: '2025-06-30', betragCent: 1834567 }],
    auslagenCent: 20001,
  },
  pruefeWidersprueche,
  berechne(e) {
    const b = new Begruendung();
    const l = lage(e, b);
    l.reha.vorab?.(l);
    const g = bestimmeGrundlage(l);
    const summen = leistungsaufwendungen(l, g);
    const berechnet = runde(summen.erstattungsfaehig);
    const pruefung = rechnungspruefung(e, b);
    const gemeinsam = {
      recht: l.reha.recht,
      leistungenBerechnetCent: berechnet,
      verwaltungskostenCent: 0,
      tage: summen.tage,
      durchschnittProTagCent:
        summen.tage > 0 ? runde(bruch(summen.erstattungsfaehig.z, summen.erstattungsfaehig.n * BigInt(summen.tage))) : null,
      rechnungspruefung: pruefung,
    };
    if (g.art === 'keine') {
      if (e.auslagenCent !== undefined || e.verwaltungskostenCent !== undefined)
        b.norm('§ 109 SGB X', 'Ohne Erstattungsanspruch werden auch Auslagen und Verwaltungskosten nicht erstattet.');
      return b.ergebnis('erstattungsanspruch', {
        anspruchsgrundlage: null,
        leistungenCent: 0,
        verwaltungskostenpauschaleCent: 0,
        auslagenCent: 0,
        erstattungCent: 0,
        bagatelle: false,
        ...gemeinsam,
      });
    }
    const r = grenzen(l, g, summen);
    const erstattung = r.leistungenCent + r.pauschaleCent + r.auslagenCent;
    const teile = [`Leistungen ${euro(r.leistungenCent)}`];
    if (g.art === 'sgb9-16') teile.push(`Verwaltungskostenpauschale ${euro(r.pauschaleCent)}`);
    if (r.auslagenCent > 0) teile.push(`Auslagen ${euro(r.auslagenCent)}`);
    b.norm(
      g.norm ?? umfangNorm[g.art],
      r.bagatelle
        ? 'Erstattungsbetrag: 0,00 € (§ 110 Satz 2 SGB X).'
        : `Erstattungsbetrag: ${teile.length > 1 ? `${teile.join(' + ')} = ` : ''}${euro(erstattung)}.`,
    );
    if (erstattung > 0 && istFuersorgetraeger(e.zahlender.art) && !istFuersorgetraeger(e.verpflichteter.art))
      b.hinweis(
        'ZINSEN_AUF_ANTRAG',
        `Der Anspruch ist auf Antrag mit ${wertAmOderFehler(parameter.zinssatzErstattung, l.stand).wert} % zu verzinsen (§ 108 Abs. 2 SGB X${g.art === 'sgb9-16' ? ' i.V.m. § 16 Abs. 6 SGB IX' : ''}); Berechnung mit der Prüfung „zinsen“.`,
      );
    return b.ergebnis('erstattungsanspruch', {
      anspruchsgrundlage: g.norm,
      leistungenCent: r.leistungenCent,
      verwaltungskostenpauschaleCent: r.pauschaleCent,
      auslagenCent: r.auslagenCent,
      erstattungCent: erstattung,
      bagatelle: r.bagatelle,
      ...gemeinsam,
    });
  },
});
