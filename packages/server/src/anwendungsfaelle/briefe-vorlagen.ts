// Welche Briefe ein Benutzer zu einem Datensatz jetzt erzeugen kann – mit dem Grund, wenn nicht,
// und der Wirkung, wenn das Erzeugen mehr tut als ein Dokument abzulegen (die Anmeldung macht den
// Anspruch geltend, § 111 SGB X). Die Gründe sind dieselben Fehler, die das Erzeugen meldete: Die
// Prüfungen stehen einmal, in briefe-*.ts, und die Oberfläche bietet nichts an, was der Server ablehnt.
import { type Vorlage, vorlagen } from '@egh/briefe';
import { Fachfehler } from '../http/problem.ts';

export interface Vorlagenstand {
  vorlage: Vorlage;
  name: string;
  /** Kann dieser Benutzer den Brief jetzt erzeugen? */
  moeglich: boolean;
  /** Warum nicht – die Meldung, die das Erzeugen brächte; sonst null. */
  grund: string | null;
  /** Was das Erzeugen bewirkt, wo es mehr ist als ein abgelegtes Dokument oder eine Zweitschrift; sonst null. */
  wirkung: string | null;
  /** Ändert das Erzeugen den Datensatz (die Anmeldung macht den Anspruch geltend)? */
  aendertDatensatz: boolean;
}

export interface Wirkung {
  text: string;
  aendertDatensatz: boolean;
}

/** Führt eine Prüfung aus, die mit einem Fachfehler abbricht, und gibt den Fehler zurück (oder null). */
export function hindernis(pruefe: () => void): Fachfehler | null {
  try {
    pruefe();
    return null;
  } catch (e) {
    if (e instanceof Fachfehler) return e;
    throw e;
  }
}

export function vorlagenstand(vorlage: Vorlage, h: Fachfehler | null, wirkung: Wirkung | null = null): Vorlagenstand {
  const w = h ? null : wirkung;
  return {
    vorlage,
    name: vorlagen[vorlage],
    moeglich: !h,
    grund: h ? h.message : null,
    wirkung: w?.text ?? null,
    aendertDatensatz: w?.aendertDatensatz ?? false,
  };
}
