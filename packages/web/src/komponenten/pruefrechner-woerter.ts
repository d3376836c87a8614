// Deutsche Beschriftungen für die Feldnamen und Werte des Regelwerks (Eingaben und Ergebnisse).
// Die Schemata des Regelwerks tragen nur Beschreibungen; die kurzen Beschriftungen stehen hier.
// Ein Name kann je nach übergeordnetem Feld Verschiedenes bedeuten: dann gilt „eltern.name“ vor „name“.
import { landNamen } from '../format.ts';

const felder: Record<string, string> = {
  // Allgemein
  art: 'Art',
  rechtsstand: 'Rechtsstand (Stichtag des anzuwendenden Rechts)',
  stichtag: 'Stichtag',
  land: 'Land',
  region: 'Teilgebiet mit eigenen Feiertagen',
  von: 'Beginn',
  bis: 'Ende',
  datum: 'Datum',
  bezeichnung: 'Bezeichnung',
  betragCent: 'Betrag',
  grund: 'Grund',
  id: 'Kennung',
  traeger: 'Träger',
  // frist
  ereignis: 'Tag des Ereignisses',
  dauer: 'Dauer der Frist',
  'dauer.tage': 'Tage',
  'dauer.wochen': 'Wochen',
  'dauer.monate': 'Monate',
  'dauer.jahre': 'Jahre',
  beginn: 'Fristbeginn',
  verschiebung: 'Ende auf den nächsten Werktag verschieben',
  // bekanntgabe
  aufgabeZurPost: 'Aufgabe zur Post',
  fristMonate: 'Folgefrist in Monaten',
  // zustaendigkeitsklaerung
  antragseingang: 'Antragseingang beim ersten Träger',
  landErsterTraeger: 'Land des ersten Trägers',
  ersterTraegerZustaendig: 'Erster Träger ist für eine beantragte Leistung zuständig',
  weiterleitung: 'Weiterleitung an den zweiten Träger',
  'weiterleitung.am': 'Weitergeleitet am',
  'weiterleitung.eingang': 'Eingang beim zweiten Träger',
  'weiterleitung.land': 'Land des zweiten Trägers',
  rueckgabe: 'Rückgabeversuch des zweiten Trägers',
  'rueckgabe.am': 'Rückgabe versucht am',
  turboklaerung: 'Turboklärung (Weiterleitung an einen dritten Träger)',
  'turboklaerung.am': 'Zweite Weiterleitung am',
  'turboklaerung.eingang': 'Eingang beim dritten Träger',
  'turboklaerung.land': 'Land des dritten Trägers',
  einvernehmen: 'Einvernehmen des dritten Trägers',
  gutachten: 'Gutachten',
  beauftragt: 'Gutachten beauftragt am',
  vorliegend: 'Gutachten liegt vor seit',
  beteiligung: 'Beteiligung weiterer Träger',
  // erstattungsfristen
  leistungszeitraeume: 'Leistungszeiträume',
  kenntnisEntscheidung: 'Kenntnis von der Entscheidung des Verpflichteten',
  geltendmachung: 'Geltendmachung',
  landVerpflichteter: 'Land des verpflichteten Trägers',
  hemmungen: 'Hemmungen der Verjährung',
  'hemmungen.art': 'Art der Hemmung',
  'hemmungen.von': 'Beginn',
  'hemmungen.bis': 'Ende der Verhandlungen',
  rechtskraft: 'Rechtskraft oder Beendigung',
  neubeginn: 'Anerkenntnis (Neubeginn)',
  landGericht: 'Land des Gerichts',
  // erstattungsanspruch
  leistungsbeginn: 'Leistungsbeginn',
  verfahren: 'Verfahren nach § 14 SGB IX',
  zahlenderTraeger: 'Rolle des zahlenden Trägers',
  weitergeleitet: 'Antrag wurde weitergeleitet',
  weiterleitungRechtzeitig: 'Weiterleitung war rechtzeitig',
  rueckgabeVersucht: 'Rückgabe wurde versucht',
  faktischerZwang: 'Faktischer Zwang zur Vorleistung',
  abweichendeVereinbarung: 'Abweichende Vereinbarung der Träger',
  ursacheDerBehinderung: 'Keine Weiterleitung wegen der Ursache der Behinderung',
  zahlender: 'Zahlender Träger',
  'zahlender.art': 'Art des zahlenden Trägers',
  verpflichteter: 'Verpflichteter Träger',
  'verpflichteter.art': 'Art des verpflichteten Trägers',
  insgesamtZustaendig: 'Insgesamt zuständig',
  kenntnisVoraussetzungen: 'Kenntnis der Voraussetzungen seit',
  selbstGeleistetCent: 'Selbst geleistet',
  grundlage: 'Grundlage nach SGB X',
  leistungen: 'Leistungen',
  je: 'Bezug des Betrags',
  grobFahrlaessigZuUnrecht: 'Zu Unrecht und grob fahrlässig erbracht',
  rechnung: 'Rechnung',
  'rechnung.von': 'Rechnungszeitraum von',
  'rechnung.bis': 'Rechnungszeitraum bis',
  stunden: 'Abgerechnete Stunden',
  stundensaetzeCent: 'Vereinbarte Stundensätze',
  auslagenCent: 'Auslagen',
  verwaltungskostenCent: 'Verwaltungskosten',
  bagatellgrenzeCent: 'Vereinbarte Bagatellgrenze',
  // zinsen
  forderungCent: 'Erstattungsforderung',
  glaeubigerArt: 'Art des erstattungsberechtigten Trägers',
  schuldnerArt: 'Art des erstattungspflichtigen Trägers',
  eingangLeistungsantrag: 'Eingang des Leistungsantrags',
  bekanntgabeLeistungsentscheidung: 'Bekanntgabe der Leistungsentscheidung',
  eingangErstattungsantrag: 'Eingang des Erstattungsantrags',
  zahlung: 'Tag der Zahlung',
  zinsantrag: 'Zinsen wurden beantragt',
  zinsenNr1: 'Auch Zinsen für die Dauer des Erstattungszeitraums rechnen (Nr. 1, offene Rechtsfrage)',
  // amtshilfe
  ersuchender: 'Ersuchende Behörde',
  ersuchter: 'Ersuchte Behörde',
  rechtstraeger: 'Rechtsträger',
  versicherungstraeger: 'Versicherungsträger',
  aufsichtsbehoerde: 'Aufsichtsbehörde',
  eingangErsuchen: 'Eingang des Ersuchens',
  durchfuehrung: 'Durchführung',
  aufgabe: 'Aufgabe',
  ersuchterSelbstZustaendig: 'Eigene Aufgabe der ersuchten Behörde',
  weisungsverhaeltnis: 'Weisungsverhältnis zwischen den Behörden',
  ablehnungsgrund: 'Ablehnungsgrund',
  vereinbarung: 'Verwaltungsvereinbarung',
  gueltigAb: 'Gültig ab',
  pauschalen: 'Pauschalen je Aufgabe',
  mitglieder: 'Mitglieder',
  'mitglieder.id': 'Kennung der Behörde',
  beitritt: 'Beitritt wirksam ab',
  austritt: 'Erster Tag ohne Mitgliedschaft',
  // mehrkosten
  gewuenscht: 'Gewünschte Leistung',
  posten: 'Kostenposten',
  kostenangabeCentProMonat: 'Angegebene Monatskosten',
  alternativen: 'Alternativen',
  vereinbarungKapitel8: 'Vereinbarung nach Kapitel 8 SGB IX',
  zumutbar: 'Zumutbar',
  bedarfsdeckend: 'Bedarfsdeckend',
  deutlichBesserGeeignet: 'Deutlich besser geeignet',
  tageProMonat: 'Tage je Monat',
  wohnenAusserhalbBesondererWohnform: 'Wohnen außerhalb besonderer Wohnformen gewünscht',
  // datenuebermittlung
  zweck: 'Zweck der Übermittlung',
  daten: 'Datenarten',
  einwilligung: 'Einwilligung',
  widerspruch: 'Widerspruch gegen die Übermittlung von Begutachtungsdaten',
  // oertlicheZustaendigkeit
  aufenthalte: 'Aufenthalte',
  gebiet: 'Gebiet (Träger)',
  'aufenthalte.art': 'Art des Aufenthalts',
  form: 'Form der Leistung',
  'leistungen.traeger': 'Leistender Träger',
  antraege: 'Anträge',
  'antraege.datum': 'Antrag gestellt am',
  'antraege.traeger': 'Gestellt bei',
  gesamtplanBeginn: 'Beginn des Gesamtplanverfahrens',
  unterbrechungen: 'Unterbrechungen',
  geburt: 'Geburt',
  'geburt.datum': 'Tag der Geburt',
  gebietMutter: 'Gewöhnlicher Aufenthalt der Mutter',
  betreuungsanteile: 'Betreuungsanteile',
  teilhabe: 'Teilhabe (Minuten je Tag)',
  pflege: 'Pflege (Minuten je Tag)',
  sonstige: 'Sonstige Hilfe (Minuten je Tag)',
  stundensatzCent: 'Stundensatz der Assistenz',
  'betreuungsanteile.tageProMonat': 'Tage je Monat',
  gewoehnlicherAufenthaltUngeklaert: 'Gewöhnlicher Aufenthalt ist ungeklärt',
  gewoehnlicherAufenthaltFestgestelltAm: 'Gewöhnlicher Aufenthalt festgestellt am',
  eilfall: 'Eilfall',
  tatsaechlicherAufenthalt: 'Tatsächlicher Aufenthalt',
  sachlich: 'Sachliche Zuständigkeit',
  'sachlich.land': 'Land des Ausführungsrechts',
  hilfeZurPflege: 'Hilfe zur Pflege',
  'sachlich.hilfeZurPflege': 'Gleichzeitig Hilfe zur Pflege',
};

/** Beschriftung eines Eintrags einer Liste (Einzahl). */
const eintraege: Record<string, string> = {
  leistungszeitraeume: 'Leistungszeitraum',
  hemmungen: 'Hemmung',
  leistungen: 'Leistung',
  stundensaetzeCent: 'Stundensatz',
  mitglieder: 'Mitglied',
  pauschalen: 'Pauschale',
  posten: 'Kostenposten',
  alternativen: 'Alternative',
  aufenthalte: 'Aufenthalt',
  antraege: 'Antrag',
  unterbrechungen: 'Unterbrechung',
  ausschlussfrist: 'Zeitraum',
  entscheidungen: 'Datenart',
  referenzen: 'Entscheidung',
  postenvergleich: 'Posten',
  verschiebungsgruende: 'Verschiebung',
  rechnungspruefung: 'Rechnung',
};

const ergebnisse: Record<string, string> = {
  nominalesEnde: 'Rechnerisches Fristende',
  ende: 'Fristende',
  verschoben: 'Verschoben',
  verschiebungsgruende: 'Gründe der Verschiebung',
  'verschiebungsgruende.name': 'Feiertag',
  bekanntgabe: 'Bekanntgabe',
  fiktionTage: 'Tage der Zugangsfiktion',
  fristNominalesEnde: 'Rechnerisches Ende der Folgefrist',
  fristEnde: 'Ende der Folgefrist',
  recht: 'Anzuwendendes Recht',
  pruefungsfristEnde: 'Ende der Prüfungsfrist',
  weiterleitungsfristEnde: 'Ende der Weiterleitungsfrist',
  weiterleitungRechtzeitig: 'Weiterleitung rechtzeitig',
  leistenderTraeger: 'Leistender Träger',
  rueckgabeWirksam: 'Rückgabe wirksam',
  turboklaerungWirksam: 'Turboklärung wirksam',
  entscheidungsfristEnde: 'Ende der Entscheidungsfrist',
  landLeistenderTraeger: 'Land des leistenden Trägers',
  gutachtenFristEnde: 'Frist für das Gutachten',
  gutachtenVerspaetet: 'Gutachten verspätet',
  gutachtenVerspaetungTage: 'Verspätung des Gutachtens (Tage)',
  ausschlussfrist: 'Ausschlussfrist je Leistungszeitraum (§ 111 SGB X)',
  fristbeginn: 'Fristbeginn',
  gewahrt: 'Gewahrt',
  betragGewahrtCent: 'Betrag gewahrt',
  betragAusgeschlossenCent: 'Betrag ausgeschlossen',
  betragOffenCent: 'Betrag noch offen',
  status: 'Stand',
  verjaehrung: 'Verjährung (§ 113 SGB X)',
  'verjaehrung.beginn': 'Beginn der Verjährung',
  'verjaehrung.ende': 'Ende der Verjährung',
  'verjaehrung.nominalesEnde': 'Rechnerisches Ende der Verjährung',
  gehemmtTage: 'Gehemmt (Tage)',
  verjaehrt: 'Verjährt',
  gehemmtAmStichtag: 'Am Stichtag gehemmt',
  anspruchsgrundlage: 'Anspruchsgrundlage',
  leistungenCent: 'Erstattungsfähige Leistungen',
  verwaltungskostenpauschaleCent: 'Verwaltungskostenpauschale (5 %)',
  erstattungCent: 'Erstattung insgesamt',
  bagatelle: 'Bagatellbetrag (§ 110 SGB X)',
  leistungenBerechnetCent: 'Leistungen nach Kürzungen',
  tage: 'Kalendertage',
  durchschnittProTagCent: 'Durchschnitt je Kalendertag',
  rechnungspruefung: 'Prüfung der Rechnungen',
  leistung: 'Leistung Nr.',
  zeitraumAbweichend: 'Rechnungszeitraum weicht ab',
  vorschlagCent: 'Vorschlag (anteilig)',
  stundensatzAbweichend: 'Stundensatz weicht ab',
  erwartetMinCent: 'Erwartet mindestens',
  erwartetMaxCent: 'Erwartet höchstens',
  durchschnittStundensatzCent: 'Durchschnittlicher Stundensatz',
  zinspflichtig: 'Zinspflichtig',
  zinsbasisEuro: 'Zinsbasis (volle Euro)',
  zinsbeginn: 'Zinsbeginn',
  zinsende: 'Zinsende',
  zinsmonate: 'Zinsmonate',
  zinsenCent: 'Zinsen',
  zinstage: 'Zinstage',
  zinssatzProzent: 'Zinssatz',
  alternativ: 'Andere Lesart (offene Rechtsfrage)',
  zinsenNr1Cent: 'Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X',
  zinsenNr1Monate: 'Zinsmonate nach Nr. 1',
  istAmtshilfe: 'Amtshilfe liegt vor',
  ablehnungZulaessig: 'Ablehnung zulässig',
  streitentscheidung: 'Entscheidung bei Streit',
  ablehnungGeboten: 'Ablehnung geboten',
  erstattungsart: 'Art der Erstattung',
  verwaltungsgebuehrCent: 'Verwaltungsgebühr',
  auslagenschwelleCent: 'Schwelle für Auslagen',
  pauschaleAnwendbar: 'Pauschale anwendbar',
  pauschaleAusschlussgruende: 'Gründe gegen die Pauschale',
  kostenGewuenschtCentProMonat: 'Kosten des Wunsches je Monat',
  kostenGewuenschtCentProJahr: 'Kosten des Wunsches je Jahr',
  kostenVergleichCentProMonat: 'Kosten des Vergleichsangebots je Monat',
  kostenVergleichCentProJahr: 'Kosten des Vergleichsangebots je Jahr',
  mehrkostenCentProMonat: 'Mehrkosten je Monat',
  mehrkostenCentProJahr: 'Mehrkosten je Jahr',
  mehrkostenCentProTag: 'Mehrkosten je Tag',
  mehrkostenProzent: 'Mehrkosten',
  mehrkostenProzentLautAngabe: 'Mehrkosten laut angegebenen Monatskosten',
  kostenuebernahmeBisCentProMonat: 'Kostenübernahme bis (je Monat)',
  kostenbasisUneinheitlich: 'Kostenbasis uneinheitlich (Tag und Monat gemischt)',
  kostenCentProMonat: 'Kosten je Monat',
  vergleichbar: 'Vergleichbar',
  ausschlussgrund: 'Grund für den Ausschluss',
  vergleichZulaessig: 'Kostenvergleich zulässig',
  vergleichsangebot: 'Vergleichsangebot',
  keinVergleichGrund: 'Grund, warum nicht verglichen wird',
  postenvergleich: 'Vergleich der Kostenposten',
  gewuenschtCentProMonat: 'Wunsch je Monat',
  vergleichCentProMonat: 'Vergleich je Monat',
  differenzCentProMonat: 'Differenz je Monat',
  differenzProzent: 'Differenz',
  ergebnis: 'Ergebnis',
  orientierung: 'Orientierung an der Rechtsprechung',
  referenzen: 'Vergleichbare Gerichtsentscheidungen',
  gericht: 'Gericht',
  aktenzeichen: 'Aktenzeichen',
  prozent: 'Mehrkosten',
  prozentBis: 'bis',
  zitat: 'Fundstelle',
  leitsatz: 'Leitsatz',
  quelle: 'Quelle',
  verifikation: 'Prüfstand der Quelle',
  entscheidungsart: 'Art der Entscheidung',
  abstandProzentpunkte: 'Abstand (Prozentpunkte)',
  entscheidungen: 'Entscheidung je Datenart',
  zulaessig: 'Zulässig',
  norm: 'Norm',
  begruendung: 'Begründung',
  'entscheidungen.grundlage': 'Grundlage',
  traeger: 'Zuständiger Träger',
  vorlaeufig: 'Vorläufig zuständig',
  grundlage: 'Grundlage',
  betreutesWohnen: 'Ambulant betreutes Wohnen (§ 98 Abs. 5 SGB XII)',
  teilhabeAnteilProzent: 'Anteil der Teilhabe',
  pflegeAnteilProzent: 'Anteil der Pflege',
  teilhabeKostenCentProMonat: 'Kosten des Teilhabeanteils je Monat',
  betreuungKostenCentProMonat: 'Kosten der Betreuung je Monat',
  massgeblicherTag: 'Maßgeblicher Tag',
  anknuepfung: 'Anknüpfung',
  rueckschau: 'Rückschau (zwei Monate)',
  vierWochenEnde: 'Ende der vier Wochen',
  endgueltigerTraeger: 'Endgültig zuständiger Träger',
  sachlicheZustaendigkeit: 'Sachliche Zuständigkeit',
  eingliederungshilfe: 'Eingliederungshilfe',
  hilfeZurPflege: 'Hilfe zur Pflege',
  land: 'Land',
  name: 'Bezeichnung',
};

const traegerarten: Record<string, string> = {
  egh: 'Träger der Eingliederungshilfe',
  sozialhilfe: 'Träger der Sozialhilfe',
  jugendhilfe: 'Träger der Jugendhilfe',
  sozialeEntschaedigung: 'Träger der Sozialen Entschädigung',
  kriegsopferfuersorge: 'Träger der Kriegsopferfürsorge',
  krankenkasse: 'Krankenkasse',
  pflegekasse: 'Pflegekasse',
  rentenversicherung: 'Rentenversicherung',
  unfallversicherung: 'Unfallversicherung',
  bundesagentur: 'Bundesagentur für Arbeit',
};

const rolleTraeger: Record<string, string> = {
  erster: 'erster Träger',
  zweiter: 'zweiter Träger (nach Weiterleitung)',
  dritter: 'dritter Träger (Turboklärung)',
};

/** Texte für Aufzählungswerte; Schlüssel „feld.wert“ vor „wert“. */
const werte: Record<string, string> = {
  ...landNamen,
  'BY-A': 'Stadt Augsburg',
  'BY-KATH': 'überwiegend katholische Gemeinden in Bayern',
  'SN-BZ': 'katholisch-sorbische Gemeinden im Landkreis Bautzen',
  'TH-EIC': 'katholisch geprägte Gemeinden im Landkreis Eichsfeld',
  'TH-UH': 'katholisch geprägte Gemeinden im Unstrut-Hainich-Kreis',
  'TH-WAK': 'katholisch geprägte Gemeinden im Wartburgkreis',
  ...Object.fromEntries(Object.entries(traegerarten).map(([k, v]) => [`zahlender.art.${k}`, v])),
  ...Object.fromEntries(Object.entries(traegerarten).map(([k, v]) => [`verpflichteter.art.${k}`, v])),
  ...Object.fromEntries(Object.entries(traegerarten).map(([k, v]) => [`glaeubigerArt.${k}`, v])),
  ...Object.fromEntries(Object.entries(traegerarten).map(([k, v]) => [`schuldnerArt.${k}`, v])),
  ...Object.fromEntries(Object.entries(rolleTraeger).map(([k, v]) => [`leistenderTraeger.${k}`, v])),
  ...Object.fromEntries(Object.entries(rolleTraeger).map(([k, v]) => [`zahlenderTraeger.${k}`, v])),
  'zahlenderTraeger.vorlaeufig98': 'vorläufig leistender Träger (§ 98 Abs. 2 SGB IX)',
  'zahlenderTraeger.sonstiger': 'sonstiger Träger',
  'beginn.ereignis': 'mit einem Ereignis im Laufe des Tages (§ 187 Abs. 1 BGB)',
  'beginn.tagesbeginn': 'mit dem Beginn eines Tages (§ 187 Abs. 2 BGB)',
  'beteiligung.keine': 'keine',
  'beteiligung.traeger': 'weitere Träger beteiligt (sechs Wochen)',
  'beteiligung.teilhabeplankonferenz': 'Teilhabeplankonferenz (zwei Monate)',
  'hemmungen.art.klage': 'Klage (§ 204 Abs. 1 Nr. 1 BGB)',
  'hemmungen.art.verhandlungen': 'Verhandlungen (§ 203 BGB)',
  'grundlage.vorlaeufigGesetzlich': 'vorläufig geleistet (§ 102 SGB X)',
  'grundlage.nachtraeglichEntfallen': 'Leistungspflicht nachträglich entfallen (§ 103 SGB X)',
  'grundlage.nachrang': 'nachrangig verpflichtet (§ 104 SGB X)',
  'grundlage.unzustaendig': 'unzuständiger Träger (§ 105 SGB X)',
  'je.zeitraum': 'für den ganzen Zeitraum',
  'je.monat': 'je Monat',
  'je.tag': 'je Tag',
  unzweckmaessig: 'unzweckmäßig',
  andereBehoerdeEinfacher: 'eine andere Behörde kann einfacher helfen',
  unverhaeltnismaessigerAufwand: 'unverhältnismäßiger Aufwand',
  eigeneAufgabenGefaehrdet: 'eigene Aufgaben würden ernstlich gefährdet',
  rechtlichesHindernis: 'rechtliches Hindernis',
  gemeinwohl: 'Nachteil für das Wohl des Bundes oder eines Landes',
  'zweck.amtshilfe': 'Amtshilfe',
  'zweck.erstattung': 'Erstattung',
  'zweck.gesamtplankonferenz': 'Gesamtplankonferenz',
  stammdaten: 'Stammdaten',
  gesamtplanziele: 'Ziele des Gesamtplans',
  arztbericht: 'Arztbericht',
  begutachtung: 'Begutachtung',
  einkommen: 'Einkommen',
  pflegekasseBeteiligen: 'Beteiligung der Pflegekasse',
  'aufenthalte.art.gewoehnlich': 'gewöhnlicher Aufenthalt',
  'aufenthalte.art.voruebergehend': 'vorübergehender Aufenthalt',
  'aufenthalte.art.stationaer': 'stationär (Krankenhaus, Klinik, Einrichtung)',
  'aufenthalte.art.haft': 'Haft',
  'form.ambulant': 'ambulant',
  'form.tagUndNacht': 'über Tag und Nacht (besondere Wohnform)',
  'form.betreutesWohnen': 'ambulant betreutes Wohnen',
  'form.stationaer': 'stationär',
  'grund.krankenhaus': 'Krankenhaus',
  'grund.reha': 'medizinische Rehabilitation',
  'grund.sonstig': 'sonstiger Grund',
  'grund.Samstag': 'Samstag',
  'grund.Sonntag': 'Sonntag',
  'grund.Feiertag': 'Feiertag',
  'anknuepfung.antrag': 'Antrag',
  'anknuepfung.aufnahme': 'Aufnahme in die Einrichtung',
  'anknuepfung.eintrittBetreutesWohnen': 'Eintritt in das betreute Wohnen',
  'anknuepfung.geburt': 'Geburt',
  'anknuepfung.gesamtplan': 'Beginn des Gesamtplanverfahrens',
  'anknuepfung.leistungsbeginn': 'Beginn der Leistung',
  'anknuepfung.tagUndNacht': 'Leistung über Tag und Nacht',
  'anknuepfung.uebergang': 'Übergang in das neue Recht',
  'ausschlussgrund.keineVereinbarungKapitel8': 'keine Vereinbarung nach Kapitel 8 SGB IX',
  'ausschlussgrund.nichtBedarfsdeckend': 'nicht bedarfsdeckend',
  'ausschlussgrund.unzumutbar': 'nicht zumutbar',
  nachLandesrecht: 'nach Landesrecht bestimmt',
  ueberoertlich: 'überörtlicher Träger',
  oertlich: 'örtlicher Träger',
  'ergebnis.abwaegungErforderlich': 'Abwägung im Einzelfall erforderlich',
  'ergebnis.wunschZuEntsprechen': 'Dem Wunsch ist zu entsprechen',
  'ergebnis.angemessen': 'angemessen',
  'ergebnis.unverhaeltnismaessig': 'unverhältnismäßig',
  'erstattungsart.auslagen': 'Auslagen (§ 7 SGB X)',
  'erstattungsart.keine': 'keine Erstattung',
  'erstattungsart.pauschale': 'Pauschale nach der Verwaltungsvereinbarung',
  'keinVergleichGrund.keineAlternative': 'keine Alternative benannt',
  'keinVergleichGrund.keineBedarfsdeckendeAlternative': 'keine bedarfsdeckende Alternative',
  'keinVergleichGrund.keineVereinbarungKapitel8': 'keine Alternative mit Vereinbarung nach Kapitel 8 SGB IX',
  'keinVergleichGrund.keineZumutbareAlternative': 'keine zumutbare Alternative',
  'orientierung.eherAngemessen': 'eher angemessen',
  'orientierung.offen': 'offen',
  'orientierung.eherUnverhaeltnismaessig': 'eher unverhältnismäßig',
  'status.S111_OK': 'Ausschlussfrist für alle Zeiträume gewahrt',
  'status.S111_OFFEN': 'Ausschlussfrist läuft noch',
  'status.S111_TEILWEISE_AUSGESCHLOSSEN': 'teilweise ausgeschlossen (§ 111 SGB X)',
  'status.S111_AUSGESCHLOSSEN': 'ausgeschlossen (§ 111 SGB X)',
  'status.S113_OK': 'nicht verjährt',
  'status.S113_VERJAEHRT': 'verjährt (§ 113 SGB X)',
  'grundlage.gesetz': 'gesetzliche Befugnis',
  'grundlage.einwilligung': 'Einwilligung',
  keineDurchfuehrung: 'die Amtshilfe ist noch nicht durchgeführt',
  durchfuehrungVorBeginn: 'Durchführung vor Beginn der Vereinbarung',
  vereinbarungNochNichtGueltig: 'die Vereinbarung gilt noch nicht',
  ersuchenderNichtMitgliedBeiEingang: 'ersuchende Behörde beim Eingang nicht Mitglied',
  ersuchterNichtMitgliedBeiEingang: 'ersuchte Behörde beim Eingang nicht Mitglied',
  ersuchenderNichtMitgliedBeiDurchfuehrung: 'ersuchende Behörde bei der Durchführung nicht Mitglied',
  ersuchterNichtMitgliedBeiDurchfuehrung: 'ersuchte Behörde bei der Durchführung nicht Mitglied',
  keinePauschaleFuerAufgabe: 'keine Pauschale für diese Aufgabe vereinbart',
};

/** „gewoehnlicherAufenthalt“ → „Gewöhnlicher Aufenthalt“ – Notbehelf für Namen ohne Eintrag. */
function ausNamen(name: string): string {
  const woerter = name
    .replace(/Cent$/, '')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .toLowerCase()
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö')
    .replace(/ue/g, 'ü');
  return woerter.charAt(0).toUpperCase() + woerter.slice(1);
}

/** Beschriftung eines Eingabefeldes; `eltern` ist der Name des übergeordneten Feldes oder der Liste. */
export function feldBeschriftung(name: string, eltern?: string): string {
  return (eltern ? felder[`${eltern}.${name}`] : undefined) ?? felder[name] ?? ausNamen(name);
}

/** Beschriftung eines Ergebnisfeldes. */
export function ergebnisBeschriftung(name: string, eltern?: string): string {
  return (eltern ? ergebnisse[`${eltern}.${name}`] : undefined) ?? ergebnisse[name] ?? felder[name] ?? ausNamen(name);
}

/** Einzahl für einen Eintrag einer Liste („Aufenthalt“ für „aufenthalte“). */
export function eintragBeschriftung(liste: string): string {
  return eintraege[liste] ?? 'Eintrag';
}

/** Text für einen Aufzählungswert eines Feldes (z. B. „gewoehnlich“ → „gewöhnlicher Aufenthalt“). */
export function wertText(feld: string, wert: string, eltern?: string): string {
  return (eltern ? werte[`${eltern}.${feld}.${wert}`] : undefined) ?? werte[`${feld}.${wert}`] ?? werte[wert] ?? wert;
}

/**
 * Beschriftung eines JSON-Pointers für die Fehlerzusammenfassung:
 * „/aufenthalte/0/bis“ → „Aufenthalt 1, Ende“.
 */
export function pfadBeschriftung(pfad: string, ergaenzung: Record<string, string> = {}): string {
  const teile = pfad.split('/').slice(1);
  const texte: string[] = [];
  let eltern: string | undefined;
  for (let i = 0; i < teile.length; i++) {
    const teil = teile[i] ?? '';
    const naechster = teile[i + 1];
    if (/^\d+$/.test(teil)) continue;
    if (naechster !== undefined && /^\d+$/.test(naechster)) {
      texte.push(`${ergaenzung[teil] ?? eintragBeschriftung(teil)} ${Number(naechster) + 1}`);
    } else {
      texte.push(ergaenzung[teil] ?? feldBeschriftung(teil, eltern));
    }
    eltern = teil;
  }
  return texte.join(', ');
}

/** Beschreibung aus dem Schema als Hinweis: ohne technische Formatangaben des Regelwerks. */
export function hinweisText(beschreibung: string | undefined): string | undefined {
  if (!beschreibung) return undefined;
  const t = beschreibung
    .replace(/\s*\(JJJJ-MM-TT\)/g, '')
    .replace(/\s*\(ganze Cent\)/g, '')
    .replace(/Standard false/g, 'ohne Angabe: nein')
    .replace(/Standard true/g, 'ohne Angabe: ja')
    .replace(/\s*\(optional\)/g, '')
    .replace(/,?\s*optional\b/g, '')
    .trim();
  return t || undefined;
}
