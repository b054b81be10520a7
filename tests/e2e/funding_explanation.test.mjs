// Flow 4: a demo post's funding explained rule by rule, then computed at other dates with the
// page's date form (dates chosen so that the answer does not depend on the day the test runs).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

async function computeOn(page, typed) {
  await page.getByLabel('Calculer à une autre date').fill(typed);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('date') === typed, {waitUntil: 'load'}),
    page.getByRole('button', {name: 'Calculer'}).click(),
  ]);
}

async function figures(page) {
  const section = page.locator('section[aria-labelledby="titre-financement"]');
  return {
    title: await page.locator('#titre-financement').innerText(),
    verdict: await page.locator('h1 .badge').innerText(),
    text: plain(await section.innerText()),
    rules: (await section.locator('.maillage-findings > li').allInnerTexts()).map(plain),
  };
}

describe('a post\'s funding explained', () => {
  const app = useApp();

  it('explains GARD-002 rule by rule, with sources, at any date', async () => {
    const page = await app.newPage();
    await signIn(page, 'agent.gard');
    await visit(page, '/postes/GARD-002');
    await page.getByRole('heading', {level: 1, name: /Poste GARD-002/}).waitFor();
    const today = await figures(page);
    assert.match(today.title, /^Financement au \d{2}\/\d{2}\/\d{4}$/);
    await page.getByRole('heading', {name: 'Le calcul expliqué, règle par règle'}).waitFor();
    assert.ok(today.rules.length > 0);
    for (const rule of today.rules) assert.match(rule, /Règle \S+ — source : \S/);
    assert.equal(
        await page.locator('nav[aria-label="Fil d\'Ariane"] [aria-current=page]').innerText(),
        'GARD-002');
    await checkAccessibility(page, 'poste-financement');

    // Under its CTG 2021-2025: eligible, the ceiling reached, half of it funded.
    await computeOn(page, '30/06/2025');
    const during = await figures(page);
    assert.equal(during.title, 'Financement au 30/06/2025');
    assert.equal(during.verdict, 'éligible');
    assert.match(during.text, /Financement Caf annuel\s+12 000 €/);
    const financing = during.rules.find((rule) => rule.includes('GARD-FINANCEMENT'));
    assert.ok(financing, 'the funding rule is explained');
    assert.match(financing, /50 000 € × 0,5 \/ 1 ETP = 25 000 €/);
    assert.match(financing, /Ce qui changerait le résultat :/);
    assert.match(financing, /source : 001_10d59468317a00ab\.txt/);
    await checkAccessibility(page, 'poste-financement-2025');

    // After the last demo CTG of Nîmes Métropole ends: excluded, nothing funded, and why.
    await computeOn(page, '30/06/2031');
    const after = await figures(page);
    assert.equal(after.title, 'Financement au 30/06/2031');
    assert.equal(after.verdict, 'exclu');
    assert.match(after.text, /Financement Caf annuel\s+0 €/);
    assert.ok(after.rules.some(
        (rule) => /Aucune CTG en vigueur sur ce territoire au 30\/06\/2031/.test(rule)));
    await checkAccessibility(page, 'poste-financement-2031');

    // A date that is not one: said beside the field, which is marked invalid.
    await computeOn(page, '31/02/2027');
    const field = page.getByLabel('Calculer à une autre date');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#erreur-date').innerText(), /n'est pas une date/);
    assert.equal(await field.inputValue(), '31/02/2027');
    await checkAccessibility(page, 'poste-financement-date-invalide');
  });
});
