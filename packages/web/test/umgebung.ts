// Browser-Tests: echter Server (PGlite im Speicher, Stammdaten, Demo-Daten) auf einem freien Port,
// Debians Chromium über playwright-core, axe-core für WCAG 2.0/2.1 A und AA. Bildschirmfotos
// landen unter test-results/bildschirme/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { baueApp } from '../../server/src/app.ts';
import type { Datenbank } from '../../server/src/db/verbindung.ts';
import { demoTotpBenutzer, demoTotpGeheimnis } from '../../server/src/demo.ts';
import { codeFuer } from '../../server/src/http/zweiter-faktor.ts';
import { bereiteDatenbankVor } from '../../server/src/server.ts';

export const bildschirme = join(import.meta.dirname, '../../../test-results/bildschirme');

export interface Webumgebung {
  basis: string;
  browser: Browser;
  app: FastifyInstance;
  datenbank: Datenbank;
  /**
   * Neuer Browserkontext, angemeldet als `benutzername` (Passwort „demo“) über die Anmeldeseite;
   * admin.schwaben und betrieb mit dem Code des Demo-Geheimnisses aus der README.
   */
  als(benutzername: string, o?: { breite?: number; zoom?: number }): Promise<{ kontext: BrowserContext; seite: Page }>;
  /** Anmeldung über die API (mit Code, wo nötig): Sitzungs-Cookie und CSRF-Token. */
  apiSitzung(benutzername: string): Promise<{ cookie: string; csrf: string }>;
  /** Der nächste Code des Demo-Geheimnisses: die Uhr des Servers einen Zeitschritt weiter (jeder Code gilt einmal). */
  naechsterCode(geheimnis?: string): string;
  schliessen(): Promise<void>;
}

export async function baueWebumgebung(): Promise<Webumgebung> {
  mkdirSync(bildschirme, { recursive: true });
  const { datenbank } = await bereiteDatenbankVor({ datenVerzeichnis: 'memory://', demo: true });
  const uhr = { jetzt: Date.now() };
  const app = await baueApp({ datenbank, uhr: () => uhr.jetzt });
  const naechsterCode = (geheimnis = demoTotpGeheimnis) => {
    uhr.jetzt += 30_000;
    return codeFuer(geheimnis, uhr.jetzt);
  };
  const cookieAus = (kopf: string | string[] | undefined, name: string) =>
    (Array.isArray(kopf) ? kopf : kopf ? [kopf] : [])
      .map((z) => z.split(';')[0] ?? '')
      .find((z) => z.startsWith(`${name}=`) && z.length > name.length + 1) ?? '';
  const basis = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    basis,
    browser,
    app,
    datenbank,
    naechsterCode,
    async apiSitzung(benutzername) {
      let r = await app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername, passwort: 'demo' } });
      if (r.statusCode === 202)
        r = await app.inject({
          method: 'POST',
          url: '/api/v1/sitzung/anmeldung/code',
          headers: { cookie: cookieAus(r.headers['set-cookie'], 'egh_anmeldung') },
          payload: { code: naechsterCode() },
        });
      if (r.statusCode !== 200) throw new Error(`Anmeldung ${benutzername}: ${r.statusCode} ${r.body}`);
      return { cookie: cookieAus(r.headers['set-cookie'], 'egh_sitzung'), csrf: r.json<{ csrfToken: string }>().csrfToken };
    },
    async als(benutzername, o = {}) {
      const kontext = await browser.newContext({
        baseURL: basis,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        viewport: { width: o.breite ?? 1280, height: 900 },
        deviceScaleFactor: o.zoom ?? 1,
      });
      const seite = await kontext.newPage();
      await seite.goto('/');
      await seite.getByLabel('Benutzername').fill(benutzername);
      await seite.getByLabel('Passwort').fill('demo');
      await seite.getByRole('button', { name: 'Anmelden' }).click();
      if (demoTotpBenutzer.includes(benutzername)) {
        await seite.getByRole('heading', { level: 2, name: 'Zweiter Faktor' }).waitFor();
        await seite.getByLabel('Bestätigungscode').fill(naechsterCode());
        await seite.getByRole('button', { name: 'Anmelden' }).click();
      }
      await seite.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
      return { kontext, seite };
    },
    async schliessen() {
      await browser.close();
      await app.close();
      await datenbank.schliessen();
    },
  };
}

/** axe-core mit den Regeln von WCAG 2.0/2.1 A und AA; gibt die Verstöße zurück (leer = gut). */
export async function barrieren(seite: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page: seite }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

export async function foto(seite: Page, name: string): Promise<void> {
  await seite.screenshot({ path: join(bildschirme, `${name}.png`), fullPage: true });
}

/**
 * Id bzw. Text des fokussierten Elements. Die Oberfläche setzt den Fokus nach dem Neuzeichnen (Effekt
 * oder setTimeout); Tests lesen ihn deshalb mit `expect.poll(() => fokusId(seite))`, nie sofort nach
 * dem Klick.
 */
export function fokusId(seite: Page): Promise<string | undefined> {
  return seite.evaluate(() => document.activeElement?.id);
}
export function fokusText(seite: Page): Promise<string | null | undefined> {
  return seite.evaluate(() => document.activeElement?.textContent);
}
