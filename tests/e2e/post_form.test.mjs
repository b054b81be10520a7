// Flow 3: an agent creates a post through the form, meets a validation error first (summary at
// the top, focused, linking to the field; the field marked invalid; what was typed kept), then
// fixes it and reads the new post's funding explained rule by rule.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

const kPostId = 'GARD-E2E-01';
const kTerreDeCamargue = '243000650';

// Submits the form and waits for the page it leads to; returns the POST's own response.
async function submit(page, landingPath) {
  const [response] = await Promise.all([
    page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.getByRole('button', {name: 'Enregistrer'}).click(),
  ]);
  await page.waitForURL((url) => url.pathname === landingPath, {waitUntil: 'load'});
  return response;
}

describe('creating a post', () => {
  const app = useApp();

  it('shows the errors beside the fields, then saves and explains the funding', async () => {
    const page = await app.newPage();
    await signIn(page, 'agent.gard');
    await visit(page, '/postes/nouveau');
    await checkAccessibility(page, 'poste-nouveau');

    await page.locator('#champ-identifiant').fill(kPostId);
    await page.locator('#champ-code_territoire').selectOption(kTerreDeCamargue);
    await page.locator('#champ-porteur').selectOption('epci');
    await page.locator('#champ-fonction').selectOption('cooperation');
    await page.locator('#champ-etp_agent').fill('0,8');
    await page.locator('#champ-etp_mission').fill('1');
    await page.locator('#champ-cout_annuel').fill('42 000');
    await page.locator('#champ-statut').selectOption('creation');
    await page.locator('#champ-date_embauche').fill('01/09/2026');

    const refused = await submit(page, '/postes');
    assert.equal(refused.status(), 422);
    // The summary comes first in the main content, takes the focus and links to the field.
    const summary = page.locator('#resume-erreurs');
    await page.waitForFunction(() => document.activeElement?.id === 'resume-erreurs');
    assert.equal(await summary.getAttribute('role'), 'alert');
    const firstInMain =
        await page.evaluate(() => document.querySelector('main h1').nextElementSibling?.id);
    assert.equal(
        firstInMain, 'resume-erreurs', 'the error summary is the first thing after the title');
    const link = summary.locator('a[href="#champ-etp_mission"]');
    assert.equal(await link.count(), 1, 'the summary links to the faulty field');
    assert.match(await link.innerText(), /dépasse le temps de travail/);
    const field = page.locator('#champ-etp_mission');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    assert.ok(
        describedBy.split(' ').includes('erreur-etp_mission'), 'the field points to its error');
    assert.match(
        await page.locator('#erreur-etp_mission').innerText(), /dépasse le temps de travail/);
    // What was typed is all still there.
    assert.equal(await page.locator('#champ-identifiant').inputValue(), kPostId);
    assert.equal(await page.locator('#champ-code_territoire').inputValue(), kTerreDeCamargue);
    assert.equal(await page.locator('#champ-etp_agent').inputValue(), '0,8');
    assert.equal(await field.inputValue(), '1');
    assert.equal(await page.locator('#champ-cout_annuel').inputValue(), '42 000');
    assert.equal(await page.locator('#champ-statut').inputValue(), 'creation');
    assert.equal(await page.locator('#champ-date_embauche').inputValue(), '01/09/2026');
    // Following the link brings the field into view.
    await link.click();
    assert.equal(new URL(page.url()).hash, '#champ-etp_mission');
    assert.ok(await field.isVisible());
    await checkAccessibility(page, 'poste-nouveau-erreurs');

    await field.fill('0,6');
    const saved = await submit(page, `/postes/${kPostId}`);
    assert.equal(saved.status(), 303, 'a saved form answers with a redirect (PRG)');
    assert.match(await page.getByRole('status').innerText(), new RegExp(`${kPostId} a été créé`));
    await page.getByRole('heading', {level: 1, name: new RegExp(`Poste ${kPostId}`)}).waitFor();
    await page.getByRole('heading', {name: 'Le calcul expliqué, règle par règle'}).waitFor();
    const findings = page.locator('.maillage-findings > li');
    assert.ok((await findings.count()) > 0, 'the funding is explained by at least one finding');
    for (const finding of await findings.all()) {
      assert.match(await finding.innerText(), /Règle \S+ — source :/);
      assert.notEqual(
          (await finding.locator('cite').innerText()).trim(), '', 'each finding cites its source');
    }
    const facts = plain(await page.locator('main dl').innerText());
    assert.match(facts, /Temps consacré à la mission\s+0,6 ETP/);
    assert.match(facts, /Coût annuel\s+42 000 €/);
    await checkAccessibility(page, 'poste-cree');
  });
});
