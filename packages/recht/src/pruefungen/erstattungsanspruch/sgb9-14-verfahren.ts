// Zuständigkeitsklärung nach § 14 SGB IX und ihre Folgen für die Erstattung (DT-ERST Nr. 1–3): der
// Ablauf, der in beiden Fassungen gleich ist. Was sich unterscheidet – § 14 SGB IX a.F. (bis 31.12.2017)
// oder §§ 14–16 SGB IX in der Fassung des Bundesteilhabegesetzes –, liefert die Fassung in `l.reha`
// (`sgb9-14-af.ts`, `sgb9-14-16.ts`), gewählt in `fassungen.ts` nach dem maßgebenden Tag.
import { euro } from '../../gemeinsam/geld.ts';
import { betragFuer } from './hoehe.ts';
import { abgeleiteterNachrang, allgemeineGrundlage, hinweisVorrangJugendhilfe } from './sgb10-102-105.ts';
import { istRehabilitationstraeger, nachrangAusArten, traegerNamen } from './traeger.ts';
import type { Grundlage, Lage } from './typen.ts';

/** DT-ERST Nr. 1: leistender Träger nach Weiterleitung (zweiter) oder nach Turboklärung (dritter). */
export function leistenderTraegerNachWeiterleitung(l: Lage): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  const dritter = v.zahlenderTraeger === 'dritter';
  if (!istRehabilitationstraeger(e.zahlender.art, l.egh) || !istRehabilitationstraeger(e.verpflichteter.art, l.egh)) {
    b.hinweis(
      'KEIN_REHATRAEGER',
      `${l.reha.erstattungsvorschrift} gilt nur zwischen Rehabilitationsträgern (§ 6 Abs. 1 SGB IX); „${traegerNamen[istRehabilitationstraeger(e.zahlender.art, l.egh) ? e.verpflichteter.art : e.zahlender.art]}“ ist keiner. Geprüft werden die §§ 102–105 SGB X.`,
    );
    return allgemeineGrundlage(l);
  }
  if (v.rueckgabeVersucht)
    b.hinweis(
      'RETURN_REJECTED',
      'Die versuchte Rückgabe des Antrags war unwirksam; der Träger, an den weitergeleitet wurde, blieb gebunden.',
    );
  if (v.weitergeleitet === true && v.weiterleitungRechtzeitig === false)
    b.hinweis(
      'WEITERLEITUNG_VERSPAETET',
      'Die Weiterleitung an den zahlenden Träger war verspätet. Eine verspätete Weiterleitung ist rechtlich ohne Wirkung (GE Reha-Prozess § 21 Abs. 1); ob der zahlende Träger leistender Träger geworden ist, bitte prüfen. Gerechnet ist als leistender Träger nach Weiterleitung.',
    );
  return l.reha.leistenderTraeger(l, dritter);
}

/**
 * Ausnahme des faktischen Zwangs zur Vorleistung (recht.md §4.4 Nr. 2): Der erste Träger war
 * gezwungen zu leisten (etwa durch eine gerichtliche Verpflichtung); § 105 SGB X bleibt trotz des
 * Ausschlusses anwendbar. Nach altem Recht vom BSG anerkannt, nach § 16 Abs. 4 SGB IX offen.
 * RECHTSFRAGE: ob die Ausnahme § 16 Abs. 4 SGB IX übersteht, und ob § 102 oder § 105 SGB X trägt.
 */
export function faktischerZwang(l: Lage, sperrnorm: string): Grundlage {
  const { b } = l;
  const fz = l.reha.faktischerZwang;
  const g: Grundlage = { art: 'sgbx-105', norm: fz.norm };
  b.norm(fz.norm, fz.text(sperrnorm));
  b.norm(
    'BSG, Urteil vom 12.12.2013 – B 4 AS 14/13 R',
    'Wer faktisch zur Vorleistung gezwungen wurde, verliert den Erstattungsanspruch nicht (Rn. 14).',
  );
  b.norm(
    'BSG, Urteil vom 20.10.2009 – B 5 R 44/08 R',
    'Ist der erstangegangene Träger einem Leistungszwang ausgesetzt, der dem des zweitangegangenen Trägers vergleichbar ist, und erbringt er deshalb die Leistung, ist ein Erstattungsanspruch nicht ausgeschlossen (BSGE 104, 294). Das BSG stützt ihn auf § 102 SGB X; gerechnet ist nach § 105 SGB X, der den Umfang nach dem Recht des zuständigen Trägers bemisst.',
  );
  b.hinweis(
    'EXCEPTIONAL_REVIEW',
    'Ausnahmefall: Der Anspruch beruht auf der Rechtsprechung zum faktischen Zwang zur Vorleistung (BSG, Urteil vom 20.10.2009 – B 5 R 44/08 R; BSG, Urteil vom 12.12.2013 – B 4 AS 14/13 R). Die Tatsachen, die den Zwang belegen (gerichtliche Verpflichtung, Aufforderung zur Vorleistung, angedrohte Klage), sind im Einzelfall zu prüfen.',
  );
  const betrag105 = betragFuer(l, g);
  const betrag102 = betragFuer(l, { art: 'sgbx-102', norm: '§ 102 SGB X' });
  const andere102 =
    betrag102 === betrag105
      ? `Nach § 102 SGB X (Umfang nach dem Recht des vorleistenden Trägers, ohne die Begrenzung auf die Zeit ab Kenntnis nach § 105 Abs. 3 SGB X) ergäbe sich hier derselbe Betrag (${euro(betrag102)}).`
      : `Nach § 102 SGB X (Umfang nach dem Recht des vorleistenden Trägers, ohne die Begrenzung auf die Zeit ab Kenntnis nach § 105 Abs. 3 SGB X) ergäben sich ${euro(betrag102)} statt ${euro(betrag105)}.`;
  b.rechtsfrage(fz.frage, fz.rechtsfrage(euro(betrag105), andere102));
  return g;
}

/** DT-ERST Nr. 2 und 3: der erstangegangene Träger hat selbst geleistet. */
export function ersterTraeger(l: Lage): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  if (!istRehabilitationstraeger(e.zahlender.art, l.egh)) {
    b.hinweis(
      'KEIN_REHATRAEGER',
      `Die Zuständigkeitsklärung nach § 14 SGB IX gilt nur für Rehabilitationsträger (§ 6 Abs. 1 SGB IX); „${traegerNamen[e.zahlender.art]}“ ist keiner. Geprüft werden die §§ 102–105 SGB X.`,
    );
    return allgemeineGrundlage(l);
  }
  const fassung = l.reha.fassungFuerErsten(e);
  b.norm(fassung.norm, fassung.text);
  if (v.weitergeleitet === true && v.weiterleitungRechtzeitig === undefined)
    b.hinweis(
      'WEITERLEITUNG_RECHTZEITIGKEIT_FEHLT',
      'Ob die Weiterleitung rechtzeitig war, ist nicht angegeben; nach dem Standard (false) ist sie als verspätet behandelt. Die Frist berechnet die Prüfung „zustaendigkeitsklaerung“.',
    );
  const rechtzeitig = v.weitergeleitet === true && v.weiterleitungRechtzeitig === true;
  if (!rechtzeitig) return ersterOhneWeiterleitung(l);

  b.norm(
    `§ 14 Abs. 1 Satz 2 SGB IX${l.reha.zusatz}`,
    'Der erste Träger hat den Antrag rechtzeitig an den nach seiner Auffassung zuständigen Träger weitergeleitet; dieser wurde leistender Träger.',
  );
  if (v.rueckgabeVersucht) {
    b.norm(
      l.reha.rueckgabeNorm,
      'Der Träger, an den weitergeleitet wurde, durfte den Antrag nicht zurückgeben; die Rückgabe ist unwirksam, er blieb gebunden (BSG, Urteil vom 10.07.2014 – B 10 SF 1/14 R; Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).',
    );
    b.hinweis(
      'RETURN_REJECTED',
      'Die versuchte Rückgabe des Antrags an den ersten Träger war unwirksam; der zweite Träger blieb leistender Träger.',
    );
  }
  if (v.faktischerZwang && l.reha.faktischerZwangTrotzWeiterleitung) return l.reha.faktischerZwangTrotzWeiterleitung(l);
  if (e.grundlage) return allgemeineGrundlage(l);
  // recht.md §2.2, §4.4 Nr. 3 [DESIGN, keine Rechtsprechung gefunden]: Wer weitergeleitet hat, fällt
  // nicht unter § 16 Abs. 4 Satz 1 Nr. 1 SGB IX (a.F.: § 14 Abs. 4 Satz 3); § 105 SGB X bleibt.
  // RECHTSFRAGE: mit dem Ergebnis der anderen Lesart (kein Anspruch).
  b.norm(
    '§ 105 SGB X',
    `Der erste Träger hat trotz Weiterleitung selbst geleistet, ohne zuständig zu sein und ohne dass § 102 Abs. 1 SGB X vorliegt. Da er weitergeleitet hat, schließt ${l.reha.sperrnorm} den Anspruch nicht aus; der zuständige Träger erstattet nach seinem Recht (Abs. 2).`,
  );
  const g: Grundlage = { art: 'sgbx-105', norm: '§ 105 SGB X' };
  b.hinweis('WEITERLEITUNG_105_AUSLEGUNG', l.reha.weitergeleitetUndGeleistet);
  b.rechtsfrage(
    'WEITERGELEITET_UND_GELEISTET',
    `Behält der erste Träger, der rechtzeitig weitergeleitet und trotzdem selbst geleistet hat, den Anspruch nach § 105 SGB X? Angewandt ist der Wortlaut: Der Ausschluss in ${l.reha.sperrnorm} betrifft nur den Träger, der nicht weitergeleitet hat; Erstattung ${euro(betragFuer(l, g))}. Nach der anderen Lesart hat er freiwillig für den gebundenen zweiten Träger geleistet und erhält nichts (0,00 €). Eine Entscheidung dazu ist nicht bekannt; das Bayerische LSG (Urteil vom 21.01.2016 – L 8 SO 235/14) hat den Anspruch nur wegen faktischen Zwangs zur Vorleistung zugesprochen.`,
  );
  return g;
}

function ersterOhneWeiterleitung(l: Lage): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  b.norm(
    `§ 14 Abs. 1 Satz 2 SGB IX${l.reha.zusatz}`,
    v.weitergeleitet
      ? 'Der erste Träger hat den Antrag nicht innerhalb der Frist weitergeleitet; eine verspätete Weiterleitung ist rechtlich ohne Wirkung (GE Reha-Prozess § 21 Abs. 1).'
      : 'Der erste Träger hat den Antrag nicht an den zuständigen Träger weitergeleitet.',
  );
  b.norm(
    `§ 14 Abs. 2 Satz 1 SGB IX${l.reha.zusatz}`,
    'Damit ist er leistender Träger geworden und im Außenverhältnis nach allen in Betracht kommenden Rechtsgrundlagen zuständig (BSG, Urteil vom 24.01.2013 – B 3 KR 5/12 R).',
  );
  return l.reha.ohneWeiterleitung(l);
}

/**
 * Eine andere Grundlage als § 105 SGB X trägt den Anspruch auch ohne Ausnahme: angegeben (`grundlage`)
 * oder aus dem Nachrang abgeleitet. Dann kommt es auf den faktischen Zwang nicht an.
 */
export function ausdruecklichOderAbgeleitet(l: Lage): boolean {
  const wahl = l.e.grundlage;
  if (wahl && wahl !== 'unzustaendig') return true;
  return nachrangAusArten(l.e.zahlender.art, l.e.verpflichteter.art);
}

/**
 * § 105 SGB X ist gesperrt. Der Wortlaut („§ 105 … ist nicht anzuwenden“) lässt §§ 102–104 SGB X
 * unberührt (recht.md §4.4 Nr. 2): angegeben gelten sie wie angegeben; § 104 SGB X wird zudem aus dem
 * Nachrang des zahlenden Trägers abgeleitet.
 */
export function ohne105(l: Lage, sperrnorm: string): Grundlage {
  const { b, e } = l;
  const wahl = e.grundlage;
  if (wahl && wahl !== 'unzustaendig') {
    b.norm(sperrnorm, 'Ausgeschlossen ist nur der Anspruch nach § 105 SGB X; die §§ 102–104 SGB X bleiben nach dem Wortlaut anwendbar.');
    b.hinweis(
      'NUR_105_AUSGESCHLOSSEN',
      `Der erste Träger hat nicht rechtzeitig weitergeleitet; ${sperrnorm} schließt nur § 105 SGB X aus. Gerechnet ist mit der angegebenen Grundlage; bitte deren Voraussetzungen prüfen.`,
    );
    return allgemeineGrundlage(l, wahl);
  }
  if (nachrangAusArten(e.zahlender.art, e.verpflichteter.art)) {
    b.norm(
      sperrnorm,
      'Ausgeschlossen ist nur der Anspruch nach § 105 SGB X; ein Anspruch des nachrangig verpflichteten Trägers nach § 104 SGB X bleibt bestehen (LSG Niedersachsen-Bremen, Urteil vom 07.10.2015 – L 2 R 6/14; BSG, Urteil vom 25.09.2014 – B 8 SO 7/13 R).',
    );
    return abgeleiteterNachrang(l);
  }
  hinweisVorrangJugendhilfe(l);
  b.norm(
    sperrnorm,
    'Ein Erstattungsanspruch nach § 105 SGB X ist ausgeschlossen; eine abweichende Vereinbarung oder eine andere Ausnahme liegt nicht vor, und ein Nachrang des zahlenden Trägers (§ 104 SGB X) ergibt sich aus den Trägerarten nicht. Der erste Träger trägt die Kosten selbst; einen bevorzugten Erstattungsanspruch hat er nicht (LSG Niedersachsen-Bremen, Urteil vom 07.10.2015 – L 2 R 6/14).',
  );
  return { art: 'keine', norm: null };
}
