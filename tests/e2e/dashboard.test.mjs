// The demo, first half: a Caf manager of the Charente opens the dashboard, reads each
// EPCI's share of FTE against its share of population, sorts the table, reaches a territory of
// the map with the keyboard and reads its details, then downloads the indicators.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

const kDate = '2026-11-23';  // the demo's reference date

// The EPCI names of the indicator table, in the order shown.
async function rowNames(page) {
  return page.locator('#tableau-indicateurs tbody th[scope="row"]').allInnerTexts();
}

describe('steering dashboard', () => {
  const app = useApp();

  it('shows the shares, sorts, and opens a territory of the map from the keyboard', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin.charente');
    await page.getByRole('link', {name: 'Pilotage'}).first().click();
    await page.waitForURL((url) => url.pathname === '/pilotage');
    await visit(page, `/pilotage?date=${kDate}`);
    await checkAccessibility(page, 'pilotage');

    const main = plain(await page.locator('main').innerText());
    assert.match(main, /Pilotage — Caf de la Charente/);
    assert.match(main, /14,75 ETP/);
    // Grand Angoulême: 2,5 ETP of 14,75 = 16,95 %, next to its share of the population.
    const angouleme = page.locator('#tableau-indicateurs tbody tr', {hasText: 'Grand Angoul'});
    assert.match(plain(await angouleme.innerText()), /16,95 %/);
    const charts = page.locator('svg.bar-chart[role="img"]');
    assert.equal(await charts.count(), 2);

    // Sort by funded FTE: the header's link sorts largest first and says so with aria-sort.
    await Promise.all([
      page.waitForURL(/tri=fte/),
      page.locator('#tableau-indicateurs thead a', {hasText: 'ETP financés'}).click(),
    ]);
    const header = page.locator('#tableau-indicateurs thead th', {hasText: 'ETP financés'});
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const names = await rowNames(page);
    assert.match(names[0], /Grand Cognac/);
    assert.ok(names.findIndex((name) => /Grand Angoul/.test(name)) === 1, names.join(', '));
    await checkAccessibility(page, 'pilotage-tri');

    // The explanation of a value, in a disclosure reachable from the table.
    const details = page.locator('details.indicator-explanation', {hasText: 'Grand Angoul'});
    await details.locator('summary').click();
    assert.match(plain(await details.innerText()),
                 /2,5 ETP sur 14,75 ETP financés dans le département = 16,95 %/);

    // The map: Tab from the indicator chooser's button reaches the first territory, whose
    // details (CTG, posts, Caf contact) appear in the panel.
    const button = page.getByRole('button', {name: 'Afficher'});
    await button.focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
        () => document.activeElement?.classList.contains('territory-map-area') ?? false);
    assert.ok(focused, 'Tab after the map form reaches a territory of the map');
    const panel = page.locator('#carte-detail');
    await page.waitForFunction(
        () => /CTG en vigueur/.test(document.getElementById('carte-detail')?.innerText ?? ''));
    const text = plain(await panel.innerText());
    assert.match(text, /Postes : \d+/);
    assert.match(text, /Contact Caf : /);
    await checkAccessibility(page, 'pilotage-carte-focus');

    // Another indicator on the map, chosen with the form.
    await page.getByLabel('Indicateur représenté').selectOption('funding_per_fte');
    await Promise.all([page.waitForURL(/carte=funding_per_fte/), button.click()]);
    assert.match(plain(await page.locator('figure.territory-map figcaption').innerText()),
                 /Montant moyen par ETP par EPCI/);
    await checkAccessibility(page, 'pilotage-carte-montant');

    // The indicators as CSV, with the table's figures.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', {name: 'Indicateurs CSV'}).click(),
    ]);
    assert.match(download.suggestedFilename(), /^indicateurs-16-2026-11-23\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.match(csv, /200071827;[^\r\n]*;2,5;16,95;/);
  });

  it('is refused to an elected official', async () => {
    const page = await app.newPage();
    await signIn(page, 'elu.nimes');
    assert.equal(await page.getByRole('link', {name: 'Pilotage'}).count(), 0);
    await visit(page, '/pilotage', 403);
    await checkAccessibility(page, 'pilotage-refuse');
  });
});
