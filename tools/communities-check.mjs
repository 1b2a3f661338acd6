// Browser check of Cockpit's 小区 Communities page (issue 14): the admin signs in to Cockpit (zh-CN),
// opens the page from the top menu, adds a community with the form and sees it in the list.
//
//   BASE_URL=http://localhost:8097 ADMIN_PASSWORD=admin node tools/communities-check.mjs   (demo profile)
import { mkdirSync } from 'node:fs';
import { launch } from './chromium.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8097';
const PASSWORD = process.env.ADMIN_PASSWORD || 'admin';
const SHOTS = process.env.SCREENSHOT_DIR || 'target/browser';
mkdirSync(SHOTS, { recursive: true });
const code = 'bj' + Date.now().toString().slice(-6);

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('  console:', m.text()); });
  await page.goto(`${BASE}/camunda/app/cockpit/default/`);
  await page.waitForLoadState('networkidle');
  const name = page.locator('input[type=text]');
  const password = page.locator('input[type=password]');
  for (let attempt = 1; ; attempt++) {
    await name.fill('admin');
    await password.fill(PASSWORD);
    if (await name.inputValue() === 'admin' && await password.inputValue() === PASSWORD) break;
    if (attempt === 3) throw new Error('login form would not keep its values');
  }
  await page.click('button[type=submit]');
  await page.waitForSelector('input[type=password]', { state: 'detached' });
  await page.click('text=小区 Communities');
  await page.waitForSelector('.communities-page td:has-text("huayuan")');
  await page.screenshot({ path: `${SHOTS}/communities-1-list.png`, fullPage: true });

  await page.fill('.communities-page input[name=code]', code);
  await page.fill('.communities-page input[name=name]', '滨江花园');
  await page.fill('.communities-page input[name=address]', '滨江路88号');
  await page.fill('.communities-page input[name=households]', '480');
  await page.click('.communities-page button[type=submit]');
  await page.waitForSelector(`.communities-page td:has-text("${code}")`);
  await page.screenshot({ path: `${SHOTS}/communities-2-added.png`, fullPage: true });

  const row = page.locator('.communities-page tr', { hasText: code });
  await row.locator('button').click();
  await page.uncheck('.communities-page input[name=active]');
  await page.click('.communities-page button[type=submit]');
  await page.waitForSelector(`.communities-page td:has-text("${code}")`, { state: 'detached' });
  await page.check('#communities-all');
  await page.waitForSelector(`.communities-page tr:has-text("${code}"):has-text("停用")`);
  await page.screenshot({ path: `${SHOTS}/communities-3-deactivated.png`, fullPage: true });

  const api = await fetch(`${BASE}/api/communities/${code}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`admin:${PASSWORD}`).toString('base64') } });
  const body = await api.json();
  if (api.status !== 200 || body.households !== 480 || body.active !== false || body.name !== '滨江花园') {
    throw new Error(`API sees ${api.status} ${JSON.stringify(body)}`);
  }
  console.log('ok: added and deactivated', JSON.stringify(body));
} finally {
  await browser.close();
}
