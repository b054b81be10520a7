// A Caf manager of the Charente proposes a redeployment of the 14,75 ETP: reads the method, meets
// a total below the floors (error on the field), weighs the structures, adjusts one EPCI,
// recalculates the gaps and saves the scenario, then reopens it.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

// Clicks a submit button and waits for the page it leads to.
async function press(page, name) {
  await Promise.all([
    page.waitForNavigation({waitUntil: 'load'}),
    page.getByRole('button', {name}).click(),
  ]);
}

describe('redeployment proposal', () => {
  const app = useApp();

  it('proposes, refuses a total below the floors, adjusts and saves a scenario', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin.charente');
    await visit(page, '/pilotage/redeploiement');
    await checkAccessibility(page, 'redeploiement');
    assert.equal(await page.locator('#champ-total_etp').inputValue(), '14,75');
    assert.match(plain(await page.locator('main').innerText()), /plus forts restes/);
    const inputs = page.locator('input[name^="etp_"]');
    assert.equal(await inputs.count(), 9);

    // 3 ETP cannot give 0,5 ETP to each of the nine EPCIs with a CTG.
    await page.locator('#champ-total_etp').fill('3');
    await press(page, 'Proposer une répartition');
    await page.waitForFunction(() => document.activeElement?.id === 'resume-erreurs');
    const link = page.locator('#resume-erreurs a[href="#champ-total_etp"]');
    assert.match(plain(await link.innerText()), /ne couvre pas les planchers/);
    assert.equal(await page.locator('#champ-total_etp').getAttribute('aria-invalid'), 'true');
    await checkAccessibility(page, 'redeploiement-erreur');

    await page.locator('#champ-total_etp').fill('14,75');
    await page.locator('#champ-poids_structures').fill('25');
    await press(page, 'Proposer une répartition');
    assert.match(plain(await page.locator('main').innerText()), /75 % × sa part de la population/);

    // The first EPCI gets 0,25 ETP more: the total becomes 15 ETP, said beside the table.
    const first = inputs.first();
    const raised = Math.round(Number((await first.inputValue()).replace(',', '.')) * 100) + 25;
    const typed = (raised / 100).toFixed(2).replace('.', ',').replace(/,?0+$/, '');
    await first.fill(typed);
    await press(page, 'Recalculer les écarts');
    assert.match(plain(await page.locator('main').innerText()), /s'écarte du total visé/);
    await checkAccessibility(page, 'redeploiement-ajuste');

    await page.locator('#champ-nom').fill('Charente, structures à 25 %');
    await press(page, 'Enregistrer le scénario');
    assert.match(new URL(page.url()).pathname, /^\/pilotage\/scenarios\/\d+$/);
    assert.match(plain(await page.locator('main').innerText()), /a été enregistré/);
    assert.equal(await page.locator('input[name^="etp_"]').first().inputValue(), typed);
    await checkAccessibility(page, 'scenario');

    await visit(page, '/pilotage/redeploiement');
    const saved = page.getByRole('link', {name: 'Charente, structures à 25 %'});
    assert.equal(await saved.count(), 1);
  });
});
