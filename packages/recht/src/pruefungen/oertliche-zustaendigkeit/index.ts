// Prüfungsart `oertlicheZustaendigkeit`: örtliche Zuständigkeit des Trägers der Eingliederungshilfe
// nach § 98 SGB IX (ab 01.01.2020, recht.md §3.1, DT-98-IX) und nach § 98 SGB XII in der bis
// 31.12.2019 für die Eingliederungshilfe geltenden Fassung (recht.md §3.2, DT-98-XII), dazu auf
// Wunsch ein Blick auf die sachliche Zuständigkeit (recht.md §3.3).
//
// Aufbau: zuerst werden die Angaben zu Zeitleisten aufbereitet (gewöhnlicher Aufenthalt,
// stationäre Aufenthalte, Leistungsbezug; `aufbereitung.ts`), dann entscheidet die Regel des am
// Rechtsstand geltenden Rechts, gewählt aus der Tabelle in `fassungen.ts` (`sgb12-98-bis-2019.ts`,
// `sgb9-98-ab-2020.ts`). Jede Regel schreibt ihre Schritte in die Begründung, so wie eine
// Sachbearbeiterin den Fall in der Akte begründen würde.
import { Begruendung, type Ergebnis, type Fehler } from '../../gemeinsam/ergebnis.ts';
import { ersteFassungAb, fassungAm } from '../../gemeinsam/fassung.ts';
import { rundeProzent } from '../../gemeinsam/geld.ts';
import { pruefungsart } from '../../gemeinsam/pruefung.ts';
import { type IsoDatum, type Tag, datum, isoDatum } from '../../kalender/datum.ts';
import { bereiteAuf, hinweiseZurEingabe } from './aufbereitung.ts';
import { UnzureichendeAngaben, fehlenderAufenthalt, leistungenAm, praegendeLeistung } from './bausteine.ts';
import { oertlichesRecht } from './fassungen.ts';
import { schema } from './schema.ts';
import { anteile, kostenDerAnteile } from './sgb12-98-abs5-betreutes-wohnen.ts';
import type { EntscheidungXII, OertlicheZustaendigkeitEingabe, OertlicheZustaendigkeitErgebnis } from './typen.ts';
import { d, enthaelt, q } from './zeitleisten.ts';

export type {
  Anknuepfung,
  AufenthaltEingabe,
  Aufenthaltsart,
  LeistungEingabe,
  Leistungsform,
  OertlicheZustaendigkeitEingabe,
  OertlicheZustaendigkeitErgebnis,
  SachlicheZustaendigkeit,
  Traegerart,
  Unterbrechungsgrund,
} from './typen.ts';

function rechtstag(e: OertlicheZustaendigkeitEingabe): Tag {
  return datum(e.rechtsstand ?? e.stichtag);
}

function ermittle(e: OertlicheZustaendigkeitEingabe): Ergebnis<'oertlicheZustaendigkeit', OertlicheZustaendigkeitErgebnis> {
  const b = new Begruendung();
  const f = bereiteAuf(e);
  const rt = rechtstag(e);
  const regel = fassungAm(oertlichesRecht, rt);
  const recht = regel.recht;
  const vorgabe = e.rechtsstand ? ` Das Recht ist nach dem vorgegebenen Rechtsstand ${d(rt)} gewählt.` : '';
  if (e.rechtsstand)
    b.hinweis(
      'RECHTSSTAND_VORGEGEBEN',
      `Das Recht wurde nach dem vorgegebenen Rechtsstand ${d(rt)} gewählt, nicht nach dem Stichtag ${d(f.stichtag)}.`,
    );
  const einleitung = regel.einleitung(f.stichtag, vorgabe);
  b.norm(einleitung.norm, einleitung.text);
  hinweiseZurEingabe(f, b);
  const entscheidung: EntscheidungXII | undefined = regel.entscheide(f, b);
  if (!entscheidung) throw fehlenderAufenthalt(f.stichtag);
  const a = anteile(e);
  const formAmStichtag = praegendeLeistung(leistungenAm(f, f.stichtag))?.form ?? entscheidung.form;
  const betreutesWohnen = entscheidung.betreutesWohnen ?? regel.betreutesWohnenUngeprueft;
  regel.ohneSachlicheAngaben?.(f, f.stichtag, entscheidung.traeger, formAmStichtag, b);
  const sachlich = regel.sachlich(f, f.stichtag, formAmStichtag, entscheidung.betreutesWohnen, b);
  const traegerVorher = f.leistungen.filter((l) => l.traeger && l.traeger !== entscheidung.traeger && enthaelt(l, f.stichtag));
  if (traegerVorher.length > 0 && !entscheidung.vorlaeufig && !b.hinweise.some((h) => h.code === 'ERSTATTUNG_98_2'))
    b.hinweis(
      'ABWEICHENDER_LEISTUNGSTRAEGER',
      `Am Stichtag leistet ${[...new Set(traegerVorher.map((l) => q(l.traeger ?? '')))].join(', ')}, zuständig ist aber ${q(entscheidung.traeger)}. Ein Erstattungsanspruch (§§ 102 ff. SGB X, § 98 Abs. 2 Satz 2 SGB IX) ist zu prüfen.`,
    );
  return b.ergebnis('oertlicheZustaendigkeit', {
    recht,
    traeger: entscheidung.traeger,
    vorlaeufig: entscheidung.vorlaeufig,
    grundlage: entscheidung.grundlage,
    betreutesWohnen,
    teilhabeAnteilProzent: a ? rundeProzent(a.teilhabeProzent) : null,
    pflegeAnteilProzent: a ? rundeProzent(a.pflegeProzent) : null,
    ...kostenDerAnteile(e, b),
    massgeblicherTag: isoDatum(entscheidung.zeitpunkt),
    anknuepfung: entscheidung.anknuepfung,
    ...(entscheidung.fenster ? { rueckschau: { von: isoDatum(entscheidung.fenster.von), bis: isoDatum(entscheidung.fenster.bis) } } : {}),
    ...(entscheidung.vierWochenEnde !== undefined ? { vierWochenEnde: isoDatum(entscheidung.vierWochenEnde) } : {}),
    ...(entscheidung.endgueltigerTraeger ? { endgueltigerTraeger: entscheidung.endgueltigerTraeger } : {}),
    ...(sachlich ? { sachlicheZustaendigkeit: sachlich } : {}),
  });
}

function pruefeWidersprueche(e: OertlicheZustaendigkeitEingabe): Fehler[] {
  const fehler: Fehler[] = [];
  const bisVorVon = (liste: readonly { von: IsoDatum; bis?: IsoDatum }[] | undefined, name: string): void => {
    for (const [i, x] of (liste ?? []).entries())
      if (x.bis && datum(x.bis) < datum(x.von))
        fehler.push({ pfad: `/${name}/${i}/bis`, meldung: `Das Ende (${d(datum(x.bis))}) liegt vor dem Beginn (${d(datum(x.von))}).` });
  };
  bisVorVon(e.aufenthalte, 'aufenthalte');
  bisVorVon(e.leistungen, 'leistungen');
  bisVorVon(e.unterbrechungen, 'unterbrechungen');
  const ga = (e.aufenthalte ?? []).map((a, i) => ({ ...a, i })).filter((a) => a.art === 'gewoehnlich');
  for (const [k, a] of ga.entries())
    for (const s of ga.slice(k + 1))
      if (s.von === a.von && s.gebiet !== a.gebiet)
        fehler.push({
          pfad: `/aufenthalte/${s.i}/von`,
          meldung: `Zwei gewöhnliche Aufenthalte in verschiedenen Gebieten (${q(a.gebiet)}, ${q(s.gebiet)}) ab demselben Tag ${d(datum(s.von))}; ein Mensch hat nur einen gewöhnlichen Aufenthalt (§ 30 Abs. 3 Satz 2 SGB I).`,
        });
  const a = e.betreuungsanteile;
  if (a && a.teilhabe + a.pflege + a.sonstige === 0)
    fehler.push({
      pfad: '/betreuungsanteile',
      meldung: 'Die Betreuungsanteile ergeben zusammen 0 Minuten; ein Anteil lässt sich nicht berechnen.',
    });
  if (a && a.teilhabe + a.pflege + a.sonstige > 1440)
    fehler.push({ pfad: '/betreuungsanteile', meldung: 'Die Betreuungsanteile ergeben zusammen mehr als 24 Stunden am Tag.' });
  // Vor der ersten Fassung der Tabelle (01.01.2005) bildet die Prüfung kein Recht ab.
  if (rechtstag(e) < ersteFassungAb(oertlichesRecht))
    fehler.push({
      pfad: e.rechtsstand ? '/rechtsstand' : '/stichtag',
      meldung:
        'Vor dem 01.01.2005 galt für die Eingliederungshilfe das BSHG; diese Prüfung bildet nur § 98 SGB XII (2005–2019) und § 98 SGB IX (ab 2020) ab.',
    });
  if (fehler.length > 0) return fehler;
  try {
    ermittle(e);
  } catch (x) {
    if (x instanceof UnzureichendeAngaben) return [x.fehler];
    throw x;
  }
  return [];
}

export const oertlicheZustaendigkeit = pruefungsart<OertlicheZustaendigkeitEingabe, OertlicheZustaendigkeitErgebnis>({
  art: 'oertlicheZustaendigkeit',
  titel: 'Örtliche Zuständigkeit des Trägers der Eingliederungshilfe',
  normen: '§ 98 SGB IX; § 98, § 109 SGB XII a.F.',
  schema,
  beispiel: {
    art: 'oertlicheZustaendigkeit',
    stichtag: '2023-09-01',
    aufenthalte: [
      { von: '2015-01-01', bis: '2023-07-31', gebiet: 'lk-prignitz', art: 'gewoehnlich' },
      { von: '2023-08-01', gebiet: 'cottbus', art: 'gewoehnlich' },
    ],
    leistungen: [{ von: '2021-06-01', form: 'ambulant', traeger: 'lk-prignitz' }],
    antraege: [{ datum: '2021-05-10', traeger: 'lk-prignitz' }],
  },
  pruefeWidersprueche,
  berechne: ermittle,
});
