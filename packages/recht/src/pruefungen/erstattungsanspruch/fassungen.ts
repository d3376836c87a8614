// Die Fassungen des Rechts, nach denen die Prüfung `erstattungsanspruch` rechnet, als datierte Tabellen
// (`gemeinsam/fassung.ts`). Maßgebend ist der Tag `rechtsstand` oder sonst der Leistungsbeginn. Eine
// Gesetzesänderung ist ein neues Modul neben dem alten und eine neue Zeile hier.
import { type Fassungstabelle, fruehesterTag } from '../../gemeinsam/fassung.ts';
import { rechtsstaende } from '../../gemeinsam/parameter.ts';
import { datum } from '../../kalender/datum.ts';
import { sgb10Ab2020, sgb10Ab2024, sgb10Bis2019 } from './sgb10-103-105.ts';
import { eingliederungshilfeImSgb12 } from './sgb12-98-106-bis-2019.ts';
import { sgb9Bthg } from './sgb9-14-16.ts';
import { sgb9AltesRecht } from './sgb9-14-af.ts';
import { eingliederungshilfeImSgb9 } from './sgb9-98-ab-2020.ts';
import { sozialeEntschaedigungAb } from './traeger.ts';
import type { Eingliederungshilferecht, Rehaverfahren, Sgb10Fassung } from './typen.ts';

/** §§ 14–16 SGB IX: Zuständigkeitsklärung und Erstattung unter Rehabilitationsträgern. */
export const rehaverfahren: Fassungstabelle<Rehaverfahren> = [
  {
    gueltigAb: fruehesterTag,
    regel: sgb9AltesRecht({ vereinbarungsvorbehalt: false, inKraftAb: datum(rechtsstaende.sgb9AltInKraft) }),
    quelle: 'vor dem SGB IX: gerechnet nach § 14 SGB IX a.F., mit Hinweis',
  },
  {
    gueltigAb: rechtsstaende.sgb9AltInKraft,
    regel: sgb9AltesRecht({ vereinbarungsvorbehalt: false }),
    quelle: 'SGB IX vom 19.06.2001 (BGBl. I S. 1046)',
  },
  {
    gueltigAb: rechtsstaende.vereinbarungsvorbehaltSgb9AltesRecht,
    regel: sgb9AltesRecht({ vereinbarungsvorbehalt: true }),
    quelle: '§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F.',
  },
  {
    gueltigAb: rechtsstaende.sgb9Teil1Neu,
    regel: sgb9Bthg,
    quelle: 'BTHG vom 23.12.2016 (BGBl. I S. 3234), Art. 1',
  },
];

/** Wo die Eingliederungshilfe steht: bis 2019 Sozialhilfe (SGB XII), danach SGB IX Teil 2. */
export const eingliederungshilferecht: Fassungstabelle<Eingliederungshilferecht> = [
  { gueltigAb: fruehesterTag, regel: eingliederungshilfeImSgb12, quelle: 'Eingliederungshilfe als Sozialhilfe (BSHG, SGB XII)' },
  {
    gueltigAb: rechtsstaende.eingliederungshilfeSgb9,
    regel: eingliederungshilfeImSgb9,
    quelle: 'BTHG vom 23.12.2016 (BGBl. I S. 3234), Art. 1 Teil 2',
  },
];

/** §§ 103 Abs. 3, 105 Abs. 3 SGB X: die geschützten Träger im Wortlaut. */
export const sgb10: Fassungstabelle<Sgb10Fassung> = [
  { gueltigAb: fruehesterTag, regel: sgb10Bis2019, quelle: 'SGB X i. d. F. der Bekanntmachung vom 18.01.2001 (BGBl. I S. 130)' },
  { gueltigAb: rechtsstaende.sgb10TraegerEingliederungshilfe, regel: sgb10Ab2020, quelle: 'BTHG, Art. 1 Teil 2 (Datum nicht verifiziert)' },
  { gueltigAb: sozialeEntschaedigungAb, regel: sgb10Ab2024, quelle: 'Gesetz vom 12.12.2019 (BGBl. I S. 2652), SGB XIV' },
];

/** Alle Tabellen der Prüfung (für den Test, dass sie sortiert sind und früh genug beginnen). */
export const tabellen = { rehaverfahren, eingliederungshilferecht, sgb10 } as const;
