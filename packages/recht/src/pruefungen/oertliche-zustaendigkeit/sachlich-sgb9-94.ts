// Sachliche Zuständigkeit ab 01.01.2020 (recht.md §3.3): § 94 Abs. 1 SGB IX – die Länder bestimmen die
// Träger der Eingliederungshilfe; der Träger folgt aus der datierten Tabelle der Länder
// (`traeger/laender.ts`), in Bayern die Bezirke (AGSG i. d. F. des BayTHG II).
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { type Tag, isoDatum } from '../../kalender/datum.ts';
import { landesnamen } from '../../kalender/feiertage.ts';
import { bezirkZumKreis, eghTraeger } from '../../traeger/laender.ts';
import { istTagUndNacht } from './bausteine.ts';
import type { Fakten, Leistungsform, OertlicheZustaendigkeitEingabe, SachlicheZustaendigkeit } from './typen.ts';

/**
 * Ab 2020: der Träger nach der Tabelle der Länder (traeger/laender.ts). Ohne Lebensabschnitt, wo
 * das Land danach unterscheidet, bleibt es bei „nach Landesrecht“ mit der Frage, die fehlt.
 */
function traegerNachLandesrecht(
  s: NonNullable<OertlicheZustaendigkeitEingabe['sachlich']>,
  T: Tag,
  form: Leistungsform | undefined,
  b: Begruendung,
): SachlicheZustaendigkeit | undefined {
  const leistungsbereich = s.leistungsbereich ?? (form !== undefined && istTagUndNacht(form) ? 'tagUndNacht' : undefined);
  const a = eghTraeger({
    land: s.land,
    kreisAgs: s.kreis ?? '',
    stichtag: isoDatum(T),
    ...(s.lebensabschnitt ? { lebensabschnitt: s.lebensabschnitt } : {}),
    ...(leistungsbereich ? { leistungsbereich } : {}),
  });
  if (!a.bestimmt) {
    if (a.fehlt === 'lebensabschnitt') b.hinweis('LEBENSABSCHNITT_FEHLT', a.text);
    return undefined;
  }
  b.norm(a.grundlage, a.text);
  if (!a.geprueft)
    b.hinweis(
      'LANDESRECHT_UNGEPRUEFT',
      `Die Angabe zum Ausführungsrecht von ${landesnamen[s.land]} ist nicht an einer Fundstelle geprüft (Hinweis: ${a.fundstelle}). Bitte vor einer Entscheidung am Landesrecht prüfen.`,
    );
  if (a.offen) b.hinweis('LANDESRECHT_OFFEN', a.offen);
  return {
    land: s.land,
    eingliederungshilfe: a.ebene,
    grundlage: a.grundlage,
    ...(s.kreis ? { traeger: a.traegerId } : {}),
    ...(s.kreis && a.herangezogenId ? { herangezogen: a.herangezogenId } : {}),
    landesrechtGeprueft: a.geprueft,
  };
}

export function sachlichNachSgb9(
  f: Fakten,
  T: Tag,
  form: Leistungsform | undefined,
  _bwBestanden: boolean | undefined,
  b: Begruendung,
): SachlicheZustaendigkeit | undefined {
  const s = f.e.sachlich;
  if (!s) return undefined;
  const hzp = s.hilfeZurPflege === true;
  const land = s.land;
  if (land === 'BY') {
    b.norm(
      '§ 94 Abs. 1 SGB IX',
      `Die Länder bestimmen die Träger der Eingliederungshilfe. In Bayern sind seit 01.01.2020 die Bezirke Träger der Eingliederungshilfe (AGSG i. d. F. des BayTHG II)${hzp ? '; die Hilfe zur Pflege ist bei ihnen gebündelt' : ''}.`,
    );
    b.hinweis(
      'UNVERIFIZIERT',
      'Der genaue Wortlaut des bayerischen Ausführungsrechts ab 2020 (BayTHG II, Art. 66d AGSG) ist nicht geprüft.',
      { beleg: 'recht.md §3.3' },
    );
    const bezirk = s.kreis ? bezirkZumKreis(s.kreis) : undefined;
    return {
      land,
      eingliederungshilfe: 'ueberoertlich',
      ...(hzp ? { hilfeZurPflege: 'ueberoertlich' as const } : {}),
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. AGSG (BayTHG II)',
      ...(bezirk ? { traeger: bezirk, landesrechtGeprueft: true } : {}),
    };
  }
  b.norm(
    '§ 94 Abs. 1 SGB IX',
    `Die Länder bestimmen die für die Eingliederungshilfe zuständigen Träger; maßgeblich ist das Ausführungsrecht von ${landesnamen[land]}.`,
  );
  const nachLand = traegerNachLandesrecht(s, T, form, b);
  if (nachLand) return { ...nachLand, ...(hzp ? { hilfeZurPflege: 'nachLandesrecht' as const } : {}) };
  if (land === 'BB')
    b.rechtsfrage(
      'OQ-2',
      'Aufteilung der sachlichen Zuständigkeit zwischen LASV (überörtlich) und Landkreisen/kreisfreien Städten (örtlich) nach dem AG-SGB IX Bbg ist nicht geklärt.',
    );
  return {
    land,
    eingliederungshilfe: 'nachLandesrecht',
    ...(hzp ? { hilfeZurPflege: 'nachLandesrecht' as const } : {}),
    grundlage: '§ 94 Abs. 1 SGB IX',
  };
}
