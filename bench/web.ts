// Benchmarks der Oberfläche (Issue 4): gzip-Größe des JavaScripts, das der erste Bildschirm lädt
// (Ziel ≤ 300 KB), und die Zeit bis zur bedienbaren Übersicht mit Demo-Daten in Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { baueApp } from '../packages/server/src/app.ts';
import { bereiteDatenbankVor } from '../packages/server/src/server.ts';
import { type Messwert, gib, runde } from './messung.ts';

export async function benchWeb(quick: boolean): Promise<Messwert[]> {
  const wurzel = join(import.meta.dirname, '..');
  if (!existsSync(join(wurzel, 'packages/web/dist/index.html'))) execSync('npm run build', { cwd: wurzel, stdio: 'ignore' });
  const { datenbank } = await bereiteDatenbankVor({ datenVerzeichnis: 'memory://', demo: true });
  const app = await baueApp({ datenbank });
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
    ],
  });
  const werte: Messwert[] = [];
  try {
    // (a) JavaScript des ersten Bildschirms: alles, was bis zur bedienbaren Übersicht geladen wird.
    const kontext = await browser.newContext({ baseURL: basis, locale: 'de-DE' });
    const seite = await kontext.newPage();
    let gzipBytes = 0;
    const gesehen = new Set<string>();
    seite.on('response', (r) => {
      if (r.request().resourceType() !== 'script' || gesehen.has(r.url())) return;
      gesehen.add(r.url());
      void r.body().then((b) => (gzipBytes += gzipSync(b, { level: 9 }).length));
    });
    await seite.goto('/');
    await seite.getByLabel('Benutzername').fill('schwaben');
    await seite.getByLabel('Passwort').fill('demo');
    await seite.getByRole('button', { name: 'Anmelden' }).click();
    await seite.getByText('Fristen überfällig').waitFor();
    await seite.waitForLoadState('networkidle');
    werte.push(gib({ name: 'web.first_screen_js_gzip_kb', value: runde(gzipBytes / 1024, 1), unit: 'KB', target: { max: 300 } }));

    // (b) Zeit bis zur bedienbaren Übersicht (angemeldet, frischer Seitenaufruf): Median.
    const zeiten: number[] = [];
    for (let i = 0; i < (quick ? 5 : 20); i++) {
      const t0 = performance.now();
      await seite.goto('/');
      await seite.getByText('Fristen überfällig').waitFor();
      await seite.getByRole('heading', { name: /^Überfällig/ }).waitFor();
      zeiten.push(performance.now() - t0);
    }
    zeiten.sort((a, b) => a - b);
    werte.push(gib({ name: 'web.uebersicht_usable_ms', value: runde(zeiten[Math.floor(zeiten.length / 2)] ?? 0, 1), unit: 'ms' }));
    await kontext.close();
  } finally {
    await browser.close();
    await app.close();
    await datenbank.schliessen();
  }
  return werte;
}
