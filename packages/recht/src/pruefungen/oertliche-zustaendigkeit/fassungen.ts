// Die Fassungen des Rechts der örtlichen Zuständigkeit als datierte Tabellen (`gemeinsam/fassung.ts`).
// Die Hauptregel wählt der Rechtsstand (`rechtsstand`, sonst der Stichtag); die Tabellen einzelner
// Normen, die nach dem Tag des Sachverhalts fragen, stehen bei ihrer Norm und sind hier mit aufgeführt.
// Eine Gesetzesänderung ist ein neues Modul neben dem alten und eine neue Zeile hier.
import type { Fassungstabelle } from '../../gemeinsam/fassung.ts';
import { rechtsstaende } from '../../gemeinsam/parameter.ts';
import { bayerischesAusfuehrungsrechtSgb12 } from './sachlich-by-agsg.ts';
import { fortdauerSatzSgb12, sgb12 } from './sgb12-98-bis-2019.ts';
import { sgb9 } from './sgb9-98-ab-2020.ts';
import type { OertlichesRecht } from './typen.ts';

/** § 98 SGB XII a.F. (Eingliederungshilfe als Sozialhilfe) bis 31.12.2019, danach § 98 SGB IX; vorher BSHG (nicht abgebildet). */
export const oertlichesRecht: Fassungstabelle<OertlichesRecht> = [
  { gueltigAb: rechtsstaende.sgb12, regel: sgb12, quelle: 'SGB XII vom 27.12.2003 (BGBl. I S. 3022)' },
  { gueltigAb: rechtsstaende.eingliederungshilfeSgb9, regel: sgb9, quelle: 'BTHG vom 23.12.2016 (BGBl. I S. 3234), Art. 1 Teil 2' },
];

/** Alle Tabellen der Prüfung (für den Test, dass sie sortiert sind und früh genug beginnen). */
export const tabellen = { oertlichesRecht, fortdauerSatzSgb12, bayerischesAusfuehrungsrechtSgb12 } as const;
