// Prüfungsart `zustaendigkeitsklaerung`: §§ 14, 15 Abs. 4, 17 Abs. 2 SGB IX (ab 01.01.2018) und
// § 14 SGB IX a.F. (01.07.2001–31.12.2017), recht.md §2.
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { rechtsstaende } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { boolSchema, datumSchema, landSchema, objekt, pruefungsSchema } from '../gemeinsam/validierung.ts';
import { type IsoDatum, type Tag, datum, deutschesDatum, isoDatum, plusTage, wochentag, wochentagsnamen } from '../kalender/datum.ts';
import { type Land, landesnamen } from '../kalender/feiertage.ts';
import { type Dauer, kalenderFuer, nominalesFristende, verschiebeAufWerktag, verschobenesEnde } from '../kalender/frist.ts';
import { verschiebungsText } from './frist.ts';

export interface ZustaendigkeitsklaerungEingabe {
  art: 'zustaendigkeitsklaerung';
  rechtsstand?: IsoDatum;
  antragseingang: IsoDatum;
  landErsterTraeger: Land;
  ersterTraegerZustaendig?: boolean;
  weiterleitung?: { am: IsoDatum; eingang: IsoDatum; land: Land };
  rueckgabe?: { am: IsoDatum };
  turboklaerung?: { am: IsoDatum; eingang: IsoDatum; land: Land; einvernehmen: boolean };
  gutachten?: { beauftragt: IsoDatum; vorliegend?: IsoDatum };
  beteiligung?: 'keine' | 'traeger' | 'teilhabeplankonferenz';
}

export interface ZustaendigkeitsklaerungErgebnis {
  recht: 'SGB IX 2018' | 'SGB IX a.F.';
  pruefungsfristEnde: IsoDatum;
  weiterleitungsfristEnde: IsoDatum;
  weiterleitungRechtzeitig: boolean | null;
  leistenderTraeger: 'erster' | 'zweiter' | 'dritter';
  rueckgabeWirksam: boolean | null;
  turboklaerungWirksam: boolean | null;
  /** Ende der Entscheidungsfrist; `null`, solange ein beauftragtes Gutachten noch nicht vorliegt. */
  entscheidungsfristEnde: IsoDatum | null;
  /** Land, dessen Feiertage für die Entscheidungsfrist gelten (Sitz des leistenden Trägers). */
  landLeistenderTraeger: Land;
  gutachtenFristEnde?: IsoDatum;
  gutachtenVerspaetet?: boolean | null;
  /** Tage, um die das Gutachten nach Fristende vorlag. */
  gutachtenVerspaetungTage?: number;
}

const ordinal = ['', 'erste', 'zweite', 'dritte'] as const;

export const zustaendigkeitsklaerung = pruefungsart<ZustaendigkeitsklaerungEingabe, ZustaendigkeitsklaerungErgebnis>({
  art: 'zustaendigkeitsklaerung',
  titel: 'Zuständigkeitsklärung unter Rehabilitationsträgern',
  normen: '§§ 14–17 SGB IX; § 14 SGB IX a.F.',
  schema: pruefungsSchema(
    'zustaendigkeitsklaerung',
    'Zuständigkeitsklärung nach §§ 14 ff. SGB IX',
    {
      antragseingang: datumSchema('Eingang des Antrags beim ersten Träger; wählt das Recht (ab 01.01.2018 §§ 14 ff. SGB IX n.F.)'),
      landErsterTraeger: landSchema('Land des erstangegangenen Trägers'),
      ersterTraegerZustaendig: boolSchema('Der erste Träger ist für mindestens eine beantragte Leistung zuständig (Standard false)'),
      weiterleitung: objekt(
        {
          am: datumSchema('Weiterleitung durch den ersten Träger'),
          eingang: datumSchema('Eingang beim zweiten Träger'),
          land: landSchema('Land des zweiten Trägers'),
        },
        ['am', 'eingang', 'land'],
        'Weiterleitung an den zweiten Träger (§ 14 Abs. 1 Satz 2 SGB IX)',
      ),
      rueckgabe: objekt({ am: datumSchema('Versuch der Rückgabe') }, ['am'], 'Der zweite Träger versucht, den Antrag zurückzugeben'),
      turboklaerung: objekt(
        {
          am: datumSchema('Zweite Weiterleitung'),
          eingang: datumSchema('Eingang beim dritten Träger'),
          land: landSchema('Land des dritten Trägers'),
          einvernehmen: boolSchema('Einvernehmen des dritten Trägers'),
        },
        ['am', 'eingang', 'land', 'einvernehmen'],
        'Weiterleitung durch den zweiten Träger (§ 14 Abs. 3 SGB IX, nur Recht ab 2018)',
      ),
      gutachten: objekt(
        { beauftragt: datumSchema('Beauftragung des Sachverständigen'), vorliegend: datumSchema('Gutachten liegt vor') },
        ['beauftragt'],
        'Gutachten (§ 17 SGB IX)',
      ),
      beteiligung: {
        type: 'string',
        enum: ['keine', 'traeger', 'teilhabeplankonferenz'],
        description:
          'Beteiligung weiterer Träger (§ 15 Abs. 4 SGB IX): keine (Standard), traeger (6 Wochen), teilhabeplankonferenz (2 Monate)',
      },
    },
    ['antragseingang', 'landErsterTraeger'],
  ),
  beispiel: {
    art: 'zustaendigkeitsklaerung',
    antragseingang: '2025-03-03',
    landErsterTraeger: 'BB',
    weiterleitung: { am: '2025-03-12', eingang: '2025-03-14', land: 'BB' },
  },
  pruefeWidersprueche(e) {
    const f: Fehler[] = [];
    const d = (iso: string) => deutschesDatum(datum(iso));
    /** „Die Weiterleitung am 04.12.2026 liegt vor dem Antragseingang am 05.12.2026 …“ */
    const vor = (pfad: string, spaeter: string, was: string, frueher: string, wovor: string) => {
      if (datum(spaeter) < datum(frueher))
        f.push({ pfad, meldung: `${was} am ${d(spaeter)} liegt vor ${wovor} am ${d(frueher)}; das ist nicht möglich.` });
    };
    if (e.weiterleitung) {
      vor('/weiterleitung/am', e.weiterleitung.am, 'Die Weiterleitung', e.antragseingang, 'dem Antragseingang');
      vor('/weiterleitung/eingang', e.weiterleitung.eingang, 'Der Eingang beim zweiten Träger', e.weiterleitung.am, 'der Weiterleitung');
    }
    if (e.rueckgabe) {
      if (!e.weiterleitung)
        f.push({ pfad: '/rueckgabe', meldung: 'Eine Rückgabe setzt eine Weiterleitung voraus; bitte die Weiterleitung angeben.' });
      else vor('/rueckgabe/am', e.rueckgabe.am, 'Die Rückgabe', e.weiterleitung.eingang, 'dem Eingang beim zweiten Träger');
    }
    if (e.turboklaerung) {
      if (!e.weiterleitung)
        f.push({
          pfad: '/turboklaerung',
          meldung: 'Eine Turboklärung setzt eine erste Weiterleitung voraus; bitte die Weiterleitung angeben.',
        });
      else
        vor(
          '/turboklaerung/am',
          e.turboklaerung.am,
          'Die zweite Weiterleitung',
          e.weiterleitung.eingang,
          'dem Eingang beim zweiten Träger',
        );
      vor(
        '/turboklaerung/eingang',
        e.turboklaerung.eingang,
        'Der Eingang beim dritten Träger',
        e.turboklaerung.am,
        'der zweiten Weiterleitung',
      );
    }
    if (e.gutachten?.vorliegend)
      vor('/gutachten/vorliegend', e.gutachten.vorliegend, 'Das Vorliegen des Gutachtens', e.gutachten.beauftragt, 'seiner Beauftragung');
    if (e.gutachten)
      vor('/gutachten/beauftragt', e.gutachten.beauftragt, 'Die Beauftragung des Gutachtens', e.antragseingang, 'dem Antragseingang');
    return f;
  },
  berechne(e) {
    const b = new Begruendung();
    const eingang = datum(e.antragseingang);
    const neu = datum(e.rechtsstand ?? e.antragseingang) >= datum(rechtsstaende.sgb9Teil1Neu);
    const af = neu ? '' : ' a.F.';
    const recht = neu ? 'SGB IX 2018' : 'SGB IX a.F.';
    b.norm(
      neu ? 'Art. 26 Abs. 1 BTHG' : '§ 14 SGB IX a.F.',
      neu
        ? `Der Antrag ging am ${deutschesDatum(eingang)} ein, ab dem 01.01.2018: Es gelten §§ 14 ff. SGB IX in der Fassung des Bundesteilhabegesetzes.`
        : `Der Antrag ging am ${deutschesDatum(eingang)} ein, vor dem 01.01.2018: Es gilt § 14 SGB IX in der bis 31.12.2017 geltenden Fassung (a.F.).`,
    );

    // § 14 Abs. 1 Satz 1 SGB IX: Prüfung binnen zwei Wochen nach Eingang (§ 187 Abs. 1, § 188 Abs. 2 BGB).
    const kalenderErster = kalenderFuer(e.landErsterTraeger);
    const tag14 = nominalesFristende(eingang, { wochen: 2 });
    // recht.md D-14-1 [DESIGN]: "unverzüglich" = spätestens am ersten Werktag nach dem 14. Tag
    // (BSG, Urteil vom 03.11.2011 – B 3 KR 8/11 R; GE Reha-Prozess § 21 Abs. 2).
    const weiterleitungsfrist = verschobenesEnde(plusTage(tag14, 1), kalenderErster);
    b.norm(
      `§ 14 Abs. 1 Satz 1 SGB IX${af}`,
      `Der erste Träger stellt binnen zwei Wochen nach Eingang fest, ob er zuständig ist; die Prüfungsfrist endet am ${deutschesDatum(tag14)} (${wochentagsnamen[wochentag(tag14)]}).`,
    );
    b.norm(
      `§ 14 Abs. 1 Satz 2 SGB IX${af}`,
      `Ist er ${neu ? 'insgesamt nicht zuständig' : 'für die Leistung nicht zuständig'}, leitet er den Antrag unverzüglich weiter, d. h. spätestens am ersten Werktag nach Ablauf der zwei Wochen (BSG, Urteil vom 03.11.2011 – B 3 KR 8/11 R; GE Reha-Prozess § 21 Abs. 2): ${wochentagsnamen[wochentag(weiterleitungsfrist)]}, ${deutschesDatum(weiterleitungsfrist)}, nach den Feiertagen in ${landesnamen[e.landErsterTraeger]}.`,
    );
    if (wochentag(plusTage(tag14, 1)) === 5)
      b.rechtsfrage(
        'OQ-5',
        'Der Tag nach Ablauf der Prüfungsfrist ist ein Samstag. Als Werktag gelten hier Montag bis Freitag ohne Feiertage; zählte der Samstag als Werktag (§ 193 BGB nennt ihn gesondert), endete die Weiterleitungsfrist einen oder mehrere Tage früher.',
      );

    let leistender: ZustaendigkeitsklaerungErgebnis['leistenderTraeger'] = 'erster';
    let weiterleitungRechtzeitig: boolean | null = null;
    let fristbeginn: Tag = eingang;
    let landLeistender: Land = e.landErsterTraeger;

    if (e.weiterleitung) {
      const am = datum(e.weiterleitung.am);
      weiterleitungRechtzeitig = am <= weiterleitungsfrist;
      if (e.ersterTraegerZustaendig) {
        b.norm(
          `§ 14 Abs. 1 Satz 2 SGB IX${af}`,
          neu
            ? 'Der erste Träger ist für mindestens eine der beantragten Leistungen zuständig; er ist damit nicht „insgesamt nicht zuständig“ und durfte den Antrag nicht weiterleiten. Er bleibt leistender Rehabilitationsträger; für Leistungen außerhalb seines Leistungsgesetzes gilt § 15 Abs. 1 SGB IX (Antragssplitting).'
            : 'Der erste Träger ist für die Leistung zuständig und durfte den Antrag nicht weiterleiten; er bleibt leistender Rehabilitationsträger.',
        );
        b.hinweis(
          'WEITERLEITUNG_UNZULAESSIG',
          'Die Weiterleitung war unzulässig, weil der erste Träger zumindest teilweise zuständig ist.',
        );
      } else if (weiterleitungRechtzeitig) {
        leistender = 'zweiter';
        fristbeginn = datum(e.weiterleitung.eingang);
        landLeistender = e.weiterleitung.land;
        b.norm(
          `§ 14 Abs. 2 Satz ${neu ? 4 : 3} SGB IX${af}`,
          `Der Antrag wurde am ${deutschesDatum(am)} und damit rechtzeitig weitergeleitet. Der zweite Träger ist leistender Rehabilitationsträger; die Fristen laufen ab Eingang bei ihm am ${deutschesDatum(fristbeginn)}. Er ist an die Weiterleitung gebunden und im Außenverhältnis nach allen in Betracht kommenden Rechtsgrundlagen zuständig („aufgedrängte Zuständigkeit“, BSG, Urteil vom 10.07.2014 – B 10 SF 1/14 R).`,
        );
      } else {
        b.norm(
          `§ 14 Abs. 2 Satz 1 SGB IX${af}`,
          `Der Antrag wurde erst am ${deutschesDatum(am)} weitergeleitet, nach Ablauf der Weiterleitungsfrist am ${deutschesDatum(weiterleitungsfrist)}. Die verspätete Weiterleitung ist rechtlich unbeachtlich (GE Reha-Prozess § 21 Abs. 1); der erste Träger ist leistender Rehabilitationsträger und nach allen in Betracht kommenden Rechtsgrundlagen zuständig (BSG, Urteil vom 24.01.2013 – B 3 KR 5/12 R).`,
        );
        b.hinweis(
          'WEITERLEITUNG_VERSPAETET',
          neu
            ? 'Folge für die Erstattung: § 105 SGB X ist für den ersten Träger ausgeschlossen (§ 16 Abs. 4 Satz 1 Nr. 1 SGB IX), außer bei abweichender Vereinbarung oder Unklarheit über die Ursache der Behinderung.'
            : 'Folge für die Erstattung: § 105 SGB X ist nicht anzuwenden (§ 14 Abs. 4 Satz 3 SGB IX a.F.), außer die Träger vereinbaren Abweichendes.',
        );
      }
    } else {
      b.norm(
        `§ 14 Abs. 2 Satz 1 SGB IX${af}`,
        'Der Antrag wurde nicht weitergeleitet; der erste Träger stellt den Bedarf fest und ist leistender Rehabilitationsträger.',
      );
    }

    let rueckgabeWirksam: boolean | null = null;
    if (e.rueckgabe) {
      rueckgabeWirksam = false;
      b.norm(
        neu ? '§ 14 Abs. 2 Satz 4, Abs. 3 SGB IX' : '§ 14 Abs. 2 Satz 3 SGB IX a.F.',
        `Die Rückgabe des Antrags am ${deutschesDatum(datum(e.rueckgabe.am))} ist unwirksam: Der Träger, an den weitergeleitet wurde, ist gebunden und darf den Antrag nicht zurückgeben${neu ? '; der einzige Weg ist die Weiterleitung im Einvernehmen mit dem zuständigen Träger (Turboklärung)' : ''} (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14). Die Fristen laufen weiter.`,
      );
      b.hinweis(
        'RETURN_REJECTED',
        'Rückgabeversuch zurückgewiesen: Der Antrag bleibt beim bisherigen leistenden Träger; seine Entscheidungsfrist läuft unverändert.',
      );
    }

    let turboklaerungWirksam: boolean | null = null;
    if (e.turboklaerung && e.weiterleitung) {
      const t = e.turboklaerung;
      if (!neu) {
        turboklaerungWirksam = false;
        b.norm(
          '§ 14 Abs. 2 SGB IX a.F.',
          'Eine zweite Weiterleitung (Turboklärung) kannte das bis 31.12.2017 geltende Recht nicht; sie ist unwirksam.',
        );
      } else if (leistender !== 'zweiter') {
        turboklaerungWirksam = false;
        b.norm(
          '§ 14 Abs. 3 SGB IX',
          'Eine Turboklärung setzt voraus, dass der zweite Träger durch rechtzeitige Weiterleitung leistender Träger geworden ist; das ist nicht der Fall.',
        );
      } else if (!t.einvernehmen) {
        turboklaerungWirksam = false;
        b.norm(
          '§ 14 Abs. 3 SGB IX',
          'Die zweite Weiterleitung erfolgte ohne Einvernehmen des dritten Trägers und ist unwirksam; der zweite Träger bleibt leistender Träger.',
        );
      } else {
        turboklaerungWirksam = true;
        leistender = 'dritter';
        landLeistender = t.land;
        b.norm(
          '§ 14 Abs. 3 SGB IX',
          `Der zweite Träger hat den Antrag am ${deutschesDatum(datum(t.am))} im Einvernehmen weitergeleitet (Turboklärung). Der dritte Träger ist leistender Träger und entscheidet innerhalb der bereits laufenden Fristen, gerechnet ab Eingang beim zweiten Träger am ${deutschesDatum(fristbeginn)}.`,
        );
        b.rechtsfrage(
          'OQ-5',
          'Träger der Eingliederungshilfe haben die Gemeinsame Empfehlung Reha-Prozess nicht mitvereinbart; einige bestreiten Erstattungsansprüche eines dritten Trägers nach Turboklärung (GE Reha-Prozess § 73 Abs. 2).',
        );
      }
    }

    // Entscheidungsfrist des leistenden Trägers, verschoben nach § 26 Abs. 3 SGB X im Land des
    // entscheidenden Trägers (recht.md §5.3 [DESIGN]).
    const kalenderLeistender = kalenderFuer(landLeistender);
    const ergebnis: ZustaendigkeitsklaerungErgebnis = {
      recht,
      pruefungsfristEnde: isoDatum(tag14),
      weiterleitungsfristEnde: isoDatum(weiterleitungsfrist),
      weiterleitungRechtzeitig,
      leistenderTraeger: leistender,
      rueckgabeWirksam,
      turboklaerungWirksam,
      entscheidungsfristEnde: null,
      landLeistenderTraeger: landLeistender,
    };

    const wer = `des ${ordinal[leistender === 'erster' ? 1 : leistender === 'zweiter' ? 2 : 3]}n Trägers`;
    const kandidaten: { ende: Tag; norm: string; text: string }[] = [];
    const beteiligung = e.beteiligung ?? 'keine';
    if (beteiligung !== 'keine' && !neu)
      b.hinweis('BETEILIGUNG_NUR_NEUES_RECHT', '§ 15 Abs. 4 SGB IX gilt erst ab 01.01.2018; nach altem Recht bleibt es bei drei Wochen.');

    if (e.gutachten) {
      const beauftragt = datum(e.gutachten.beauftragt);
      const gNominal = nominalesFristende(beauftragt, { wochen: 2 });
      const gV = verschiebeAufWerktag(gNominal, kalenderLeistender);
      ergebnis.gutachtenFristEnde = isoDatum(gV.ende);
      b.norm(
        neu ? '§ 17 Abs. 2 Satz 1 SGB IX' : '§ 14 Abs. 5 Satz 5 SGB IX a.F.',
        `Der Sachverständige erstellt das Gutachten binnen zwei Wochen nach Auftragserteilung am ${deutschesDatum(beauftragt)}: bis ${deutschesDatum(gV.ende)}. ${verschiebungsText(gNominal, gV, landLeistender)}`,
      );
      if (e.gutachten.vorliegend) {
        const vorliegend = datum(e.gutachten.vorliegend);
        const verspaetet = vorliegend > gV.ende;
        ergebnis.gutachtenVerspaetet = verspaetet;
        if (verspaetet) {
          ergebnis.gutachtenVerspaetungTage = vorliegend - gV.ende;
          b.hinweis(
            'EXPERT_LATE',
            `Das Gutachten lag erst am ${deutschesDatum(vorliegend)} vor, ${vorliegend - gV.ende} Tag(e) nach Fristende (${deutschesDatum(gV.ende)}).`,
          );
        }
        kandidaten.push({
          ende: nominalesFristende(vorliegend, { wochen: 2 }),
          norm: neu ? '§ 14 Abs. 2 Satz 3 SGB IX' : '§ 14 Abs. 2 Satz 4 SGB IX a.F.',
          text: `Mit Gutachten wird binnen zwei Wochen nach dessen Vorliegen am ${deutschesDatum(vorliegend)} entschieden — maßgeblich ist das tatsächliche Vorliegen, nicht die Frist des Gutachters.`,
        });
      } else {
        ergebnis.gutachtenVerspaetet = null;
        b.hinweis(
          'GUTACHTEN_AUSSTEHEND',
          `Das Gutachten liegt noch nicht vor; die Entscheidungsfrist beginnt erst mit seinem Vorliegen (zwei Wochen danach). Liegt es bis ${deutschesDatum(gV.ende)} vor, endet sie frühestens am ${deutschesDatum(verschobenesEnde(nominalesFristende(gV.ende, { wochen: 2 }), kalenderLeistender))}.`,
        );
      }
    } else {
      const dauer: Dauer =
        neu && beteiligung === 'traeger' ? { wochen: 6 } : neu && beteiligung === 'teilhabeplankonferenz' ? { monate: 2 } : { wochen: 3 };
      const norm =
        neu && beteiligung === 'traeger'
          ? '§ 15 Abs. 4 Satz 1 SGB IX'
          : neu && beteiligung === 'teilhabeplankonferenz'
            ? '§ 15 Abs. 4 Satz 2 SGB IX'
            : neu
              ? '§ 14 Abs. 2 Satz 2 SGB IX'
              : '§ 14 Abs. 2 Satz 2 SGB IX a.F.';
      const laenge = 'wochen' in dauer ? `${dauer.wochen} Wochen` : 'zwei Monaten';
      kandidaten.push({
        ende: nominalesFristende(fristbeginn, dauer),
        norm,
        text: `Ohne Gutachten entscheidet der leistende Träger binnen ${laenge} nach Eingang bei ihm am ${deutschesDatum(fristbeginn)}${beteiligung !== 'keine' && neu ? (beteiligung === 'traeger' ? ' (Beteiligung weiterer Träger)' : ' (Teilhabeplankonferenz)') : ''}.`,
      });
    }
    if (e.gutachten && neu && beteiligung !== 'keine') {
      // RECHTSFRAGE: § 15 Abs. 4 SGB IX weicht nur von § 14 Abs. 2 Satz 2 ab; wie er sich zu Satz 3
      // (Gutachten) verhält, sagt das Gesetz nicht. Gewählt: die später endende Frist.
      const dauer: Dauer = beteiligung === 'traeger' ? { wochen: 6 } : { monate: 2 };
      kandidaten.push({
        ende: nominalesFristende(fristbeginn, dauer),
        norm: beteiligung === 'traeger' ? '§ 15 Abs. 4 Satz 1 SGB IX' : '§ 15 Abs. 4 Satz 2 SGB IX',
        text: `Bei Beteiligung weiterer Träger gilt eine Frist von ${beteiligung === 'traeger' ? 'sechs Wochen' : 'zwei Monaten'} ab Eingang am ${deutschesDatum(fristbeginn)}.`,
      });
      b.hinweis(
        'FRISTENKONKURRENZ',
        'Gutachten und Beteiligung nach § 15 Abs. 4 SGB IX treffen zusammen; maßgeblich ist hier die später endende Frist.',
        { beleg: '[DESIGN] die später endende Frist ist maßgeblich' },
      );
    }
    const massgeblich = kandidaten.reduce<(typeof kandidaten)[number] | undefined>(
      (a, k) => (a === undefined || k.ende > a.ende ? k : a),
      undefined,
    );
    if (massgeblich) {
      const v = verschiebeAufWerktag(massgeblich.ende, kalenderLeistender);
      ergebnis.entscheidungsfristEnde = isoDatum(v.ende);
      b.norm(
        massgeblich.norm,
        `${massgeblich.text} Die Entscheidungsfrist ${wer} endet rechnerisch am ${deutschesDatum(massgeblich.ende)}.`,
      );
      b.norm('§ 26 Abs. 3 Satz 1 SGB X', verschiebungsText(massgeblich.ende, v, landLeistender));
    }
    return b.ergebnis('zustaendigkeitsklaerung', ergebnis);
  },
});
