// Renders every BPMN model in bpmn/ to docs/diagrams/<name>.svg (and a .png to look at) with
// bpmn-js in headless Chromium. Run: npm run diagrams
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { launch } from './chromium.mjs';

const require = createRequire(import.meta.url);
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const out = 'docs/diagrams';
mkdirSync(out, { recursive: true });

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 2400, height: 1400 } });
  await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="width:2400px;height:1400px"></div></body></html>');
  await page.addScriptTag({ path: viewer });
  for (const file of readdirSync('bpmn').filter(f => f.endsWith('.bpmn')).sort()) {
    const xml = readFileSync(join('bpmn', file), 'utf8');
    const svg = await page.evaluate(async (xml) => {
      window.modeler?.destroy();
      window.modeler = new BpmnJS({ container: '#canvas' });
      const { warnings } = await window.modeler.importXML(xml);
      if (warnings.length) throw new Error(warnings.map(w => w.message).join('; '));
      window.modeler.get('canvas').zoom('fit-viewport');
      return (await window.modeler.saveSVG()).svg;
    }, xml);
    const name = basename(file, '.bpmn');
    writeFileSync(join(out, name + '.svg'), svg + '\n');
    await page.locator('#canvas').screenshot({ path: join(out, name + '.png') });
    console.log(`rendered ${file} -> ${out}/${name}.svg`);
  }
} finally {
  await browser.close();
}
