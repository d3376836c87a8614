// Betriebsprotokoll als JSON-Zeilen (pino über Fastify) mit der Kennung jeder Anfrage. Es enthält
// nie Sozialdaten: keine Körper, keine Abfrageparameter (Suche nach Namen), keine Kopfzeilen, und
// von Datenbankfehlern nur Art und Code – Drizzle hängt sonst die Parameter der Abfrage an.
import type { FastifyServerOptions } from 'fastify';

export const logStufen = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogStufe = (typeof logStufen)[number];

export interface LogOptionen {
  stufe: LogStufe;
  /** Ziel der Zeilen (Standard: stdout). */
  ziel?: { write(zeile: string): void };
}

/** Stufe aus EGH_LOG: ohne Angabe „info“; „0“ = „silent“, „1“ = „info“ (frühere Schreibweise). */
export function logStufeAusUmgebung(wert: string | undefined): LogStufe {
  if (wert === undefined || wert === '' || wert === '1') return 'info';
  if (wert === '0') return 'silent';
  const stufe = logStufen.find((s) => s === wert.toLowerCase());
  if (!stufe) throw new Error(`EGH_LOG „${wert}“ ist keine Protokollstufe; erlaubt: ${logStufen.join(', ')}.`);
  return stufe;
}

/** Ohne die Parameter, die Drizzle an „Failed query: …“ anhängt. */
function ohneParameter(text: string | undefined): string | undefined {
  return text?.replace(/\nparams: .*/g, '\nparams: [entfernt]');
}

interface FehlerMitCode {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  statusCode?: unknown;
  cause?: unknown;
}

export function fehlerFuerProtokoll(e: unknown): { type: string; message: string; stack: string; [k: string]: unknown } {
  const f = (e ?? {}) as FehlerMitCode;
  const ursache = f.cause as FehlerMitCode | undefined;
  return {
    type: f.name ?? typeof e,
    ...(f.code !== undefined ? { code: f.code } : {}),
    message: ohneParameter(f.message) ?? '',
    stack: ohneParameter(f.stack) ?? '',
    // Von der Ursache (z. B. dem PostgreSQL-Fehler) nur Code und Meldung – nie „detail“, das die Werte nennt.
    ...(ursache && typeof ursache === 'object' ? { cause: { type: ursache.name, code: ursache.code, message: ursache.message } } : {}),
  };
}

export function loggerOptionen(o: boolean | LogOptionen | undefined): Pick<FastifyServerOptions, 'logger'> {
  if (!o) return { logger: false };
  const { stufe, ziel } = o === true ? { stufe: 'info' as const, ziel: undefined } : o;
  return {
    logger: {
      level: stufe,
      ...(ziel ? { stream: ziel } : {}),
      serializers: {
        req: (r: { id?: string; method?: string; url?: string }) => ({ method: r.method, url: r.url?.split('?')[0] }),
        res: (r: { statusCode?: number }) => ({ statusCode: r.statusCode }),
        err: fehlerFuerProtokoll,
      },
    },
  };
}
