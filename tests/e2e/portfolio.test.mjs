// Flow 2: the portfolio — a verdict filter refreshed by htmx and kept in the URL, the sort by
// funding, and the same selection exported as XLSX and CSV.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';

import {checkAccessibility, signIn, useApp, visit} from './harness.mjs';

const kVerdict = 'a_mettre_en_conformite';
const kVerdictLabel = 'à mettre en conformité';

// "12 000 €" → 12000 (French grouping uses a narrow or plain no-break space).
function euros(text) { return Number(text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')); }

// Rows of a `;`-separated file, with "…" quoting ("" inside stands for one ").
function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function shownCount(page) {
  const caption = await page.locator('#resultats caption').innerText();
  const match = /\((\d+) postes?\)/.exec(caption);
  assert.ok(match, `no count in the caption « ${caption} »`);
  return Number(match[1]);
}

async function columnTexts(page, index) {
  return page.locator(`#resultats tbody tr > :nth-child(${index})`).allInnerTexts();
}

async function download(page, linkName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', {name: linkName}).click(),
  ]);
  const failure = await file.failure();
  assert.equal(failure, null, `${linkName}: download failed: ${failure}`);
  return {name: file.suggestedFilename(), bytes: readFileSync(await file.path())};
}

describe('the portfolio', () => {
  const app = useApp();

  it('filters, sorts and exports what it shows', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin.gard');
    await visit(page, '/portefeuille');
    await checkAccessibility(page, 'portefeuille');
    const everything = await shownCount(page);
    assert.ok(everything > 0);

    // Choosing a verdict refreshes the table through htmx, without reloading the page.
    await page.evaluate(() => (window.notReloaded = true));
    const [refresh] = await Promise.all([
      page.waitForResponse(
          (r) => r.request().headers()['hx-request'] === 'true' &&
              r.url().includes(`verdict=${kVerdict}`)),
      page.getByLabel('Verdict').selectOption(kVerdict),
    ]);
    assert.equal(refresh.status(), 200);
    await page.waitForURL((url) => url.searchParams.get('verdict') === kVerdict);
    await page.waitForFunction((label) => {
      const badges = [...document.querySelectorAll('#resultats tbody tr td:nth-child(6) .badge')];
      return badges.length > 0 && badges.every((badge) => badge.textContent.trim() === label);
    }, kVerdictLabel);
    assert.equal(
        await page.evaluate(() => window.notReloaded), true, 'the filter reloaded the page');
    const filtered = await shownCount(page);
    assert.ok(
        filtered > 0 && filtered < everything,
        `${filtered} of ${everything} posts after the filter`);
    // The exports follow the filter shown, not the one the page was loaded with.
    for (const name of ['Export CSV', 'Export Excel']) {
      const href = await page.getByRole('link', {name}).getAttribute('href');
      assert.match(href, new RegExp(`verdict=${kVerdict}`), `${name} ignores the filter: ${href}`);
    }
    await checkAccessibility(page, 'portefeuille-filtre');

    // The URL holds the filter: loading it again (a bookmark) shows the same selection.
    await visit(page, page.url());
    assert.equal(await page.getByLabel('Verdict').inputValue(), kVerdict);
    assert.equal(await shownCount(page), filtered);
    await checkAccessibility(page, 'portefeuille-signet');

    // Sorting by funding keeps the filter; a second click reverses the order.
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('tri') === 'financement'),
      page.locator('#resultats thead').getByRole('link', {name: 'Financement Caf'}).click(),
    ]);
    assert.equal(new URL(page.url()).searchParams.get('verdict'), kVerdict);
    const fundingHeader = page.locator('#resultats thead th', {hasText: 'Financement Caf'});
    assert.equal(await fundingHeader.getAttribute('aria-sort'), 'ascending');
    const ascending = (await columnTexts(page, 5)).map(euros);
    assert.equal(ascending.length, filtered);
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
    await checkAccessibility(page, 'portefeuille-tri');

    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('ordre') === 'desc'),
      page.locator('#resultats thead').getByRole('link', {name: 'Financement Caf'}).click(),
    ]);
    assert.equal(await fundingHeader.getAttribute('aria-sort'), 'descending');
    const descending = (await columnTexts(page, 5)).map(euros);
    assert.deepEqual(descending, [...ascending].sort((a, b) => b - a));
    await checkAccessibility(page, 'portefeuille-tri-decroissant');

    const xlsx = await download(page, 'Export Excel');
    assert.match(xlsx.name, /^portefeuille-\d{4}-\d{2}-\d{2}\.xlsx$/);
    assert.equal(
        xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file is a ZIP archive');

    const csv = await download(page, 'Export CSV');
    assert.match(csv.name, /^portefeuille-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual(
        [...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with the UTF-8 BOM');
    const [header, ...rows] = csvRows(csv.bytes.subarray(3).toString('utf8'));
    assert.ok(header.length > 5, `the CSV header is not ;-separated: ${header}`);
    const verdictColumn = header.indexOf('Verdict');
    assert.ok(verdictColumn > 0, `no Verdict column in ${header}`);
    const posts = rows.filter((row) => row[verdictColumn] !== '');
    assert.equal(posts.length, filtered, 'the CSV holds the posts of the filter, one a line');
    assert.ok(posts.every((row) => row[verdictColumn] === kVerdictLabel));
  });
});
