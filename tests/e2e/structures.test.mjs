// A Caf administrator of the Charente reads a territory's structures, adds one through the form
// (meeting a validation error first), closes it, then records the territory's area and specifics:
// every page passes axe-core and the forms work from the keyboard.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

const kGrandAngouleme = '200071827';
const kRouillacais = '241600303';

// Submits with the named button and waits for the page it leads to; returns the POST's response.
async function submit(page, buttonName, landingPath) {
  const [response] = await Promise.all([
    page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.getByRole('button', {name: buttonName}).click(),
  ]);
  await page.waitForURL((url) => url.pathname === landingPath, {waitUntil: 'load'});
  return response;
}

describe('structures and territory profile', () => {
  const app = useApp();

  it('lists, adds and closes a structure', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin.charente');
    const listPath = `/territoires/${kGrandAngouleme}/structures`;
    await visit(page, listPath);
    await checkAccessibility(page, 'structures-liste');
    assert.match(await page.locator('h1').innerText(), /Structures de CA du Grand Angoulême/);

    await page.locator('#champ-code_territoire').selectOption('16015');
    await page.locator('#champ-nom').fill('Crèche du test navigateur');
    const refused = await submit(page, 'Ajouter la structure', listPath);
    assert.equal(refused.status(), 422);
    await page.waitForFunction(() => document.activeElement?.id === 'resume-erreurs');
    assert.equal(
        await page.locator('#resume-erreurs a[href="#champ-type"]').count(), 1,
        'the summary links to the missing type');
    assert.equal(await page.locator('#champ-nom').inputValue(), 'Crèche du test navigateur');
    await checkAccessibility(page, 'structures-erreur');

    await page.locator('#champ-type').selectOption('eaje');
    const created = await submit(page, 'Ajouter la structure', listPath);
    assert.equal(created.status(), 303);
    assert.match(plain(await page.locator('main').innerText()),
                 /La structure « Crèche du test navigateur » a été ajoutée/);

    const row = page.getByRole('row', {name: /Crèche du test navigateur/});
    await row.getByRole('link', {name: /Modifier/}).click();
    await page.waitForURL(/\/structures\/\d+\/modifier$/, {waitUntil: 'load'});
    await checkAccessibility(page, 'structure-modifier');
    await page.locator('#champ-date_fermeture').fill('30/06/2026');
    await page.locator('#champ-date_fermeture').press('Enter');  // keyboard submits the form
    await page.waitForURL((url) => url.pathname === listPath, {waitUntil: 'load'});
    assert.match(plain(await page.locator('main').innerText()), /est fermée après le 30\/06\/2026/);
  });

  it('records the area and the specifics of a territory without structures', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin.charente');
    const territoryPath = `/territoires/${kRouillacais}`;
    await visit(page, territoryPath);
    assert.match(await page.locator('main').innerText(), /Aucune structure ouverte/);
    await checkAccessibility(page, 'territoire-profil-resume');

    await visit(page, `${territoryPath}/profil`);
    await checkAccessibility(page, 'territoire-profil');
    await page.locator('#champ-superficie_km2').fill('deux cents');
    const refused = await submit(page, 'Enregistrer', `${territoryPath}/profil`);
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#champ-superficie_km2').getAttribute('aria-invalid'), 'true');
    await checkAccessibility(page, 'territoire-profil-erreur');

    await page.locator('#champ-superficie_km2').fill('213,4');
    await page.locator('#champ-specificites').fill('Compétence enfance-jeunesse\nTerritoire rural');
    const saved = await submit(page, 'Enregistrer', territoryPath);
    assert.equal(saved.status(), 303);
    const text = plain(await page.locator('main').innerText());
    assert.match(text, /213,4 km² \(saisie par la Caf\)/);
    assert.match(text, /Territoire rural/);
  });
});
