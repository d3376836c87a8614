// Welche Briefe ein Benutzer zu einem Datensatz jetzt erzeugen kann – mit dem Grund, wenn nicht,
// und der Wirkung, wenn das Erzeugen mehr tut als ein Dokument abzulegen (die Anmeldung macht den
// Anspruch geltend, § 111 SGB X). Die Gründe sind dieselben Fehler, die das Erzeugen meldete: Die
// Prüfungen stehen einmal, in briefe-*.ts, und die Oberfläche bietet nichts an, was der Server ablehnt.
import { type Vorlage, vorlagen } from '@egh/briefe';
import type { Fehler } from '@egh/recht';
import { Fachfehler } from '../http/problem.ts';

/** Ein Leistungszeitraum, wie die Anmeldung ihn zur Wahl stellt (mit dem Ende seiner Ausschlussfrist). */
export interface Zeitraumwahl {
  id: string;
  von: string;
  bis: string;
  betragCent: number;
  /** Ende der Ausschlussfrist des § 111 SGB X (wie gespeichert), sonst null. */
  fristEnde: string | null;
  /** Nach der Geltendmachung: hat das Regelwerk die Frist als gewahrt entschieden? Vorher null. */
  gewahrt: boolean | null;
}

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
  /** Fehlende Stammdaten (jede Angabe als Feld des Trägers); dann ist der Brief nicht möglich. */
  fehlendeStammdaten: Fehler[];
  /** Braucht das Erzeugen den Tag des Eingangs beim Verpflichteten (Anmeldung, § 111 SGB X)? */
  brauchtEingang: boolean;
  /** Anmeldung: die Leistungszeiträume zur Wahl; sonst leer. */
  zeitraeume: Zeitraumwahl[];
  /** Wird der Brief als Zweitschrift gesetzt? */
  zweitschrift: boolean;
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

export function vorlagenstand(
  vorlage: Vorlage,
  h: Fachfehler | null,
  wirkung: Wirkung | null = null,
  extra: Partial<Pick<Vorlagenstand, 'brauchtEingang' | 'zeitraeume' | 'zweitschrift'>> = {},
): Vorlagenstand {
  const w = h ? null : wirkung;
  return {
    vorlage,
    name: vorlagen[vorlage],
    moeglich: !h,
    grund: h ? h.message : null,
    wirkung: w?.text ?? null,
    aendertDatensatz: w?.aendertDatensatz ?? false,
    fehlendeStammdaten: h?.typ === 'stammdaten-unvollstaendig' ? (h.fehler ?? []) : [],
    brauchtEingang: !h && (extra.brauchtEingang ?? false),
    zeitraeume: h ? [] : (extra.zeitraeume ?? []),
    zweitschrift: !h && (extra.zweitschrift ?? false),
  };
}
