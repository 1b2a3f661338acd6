// The demo profile writes its sample data (households, complaints, repair orders, reports, cases) in
// the background once the app is ready (support/DemoSeeding); /actuator/health/demo answers UP when it
// is complete. The tools that work on that data wait for it first. An app without that health group
// (404) has no background data to wait for. Asked as the demo administrator, the answer also says
// which seed is being written or which one failed: a failed seed ends the wait at once, with the
// seed's name (the reason is in the app's log), instead of after the whole timeout.
const DEMO_ADMIN = 'Basic ' + Buffer.from('admin:admin').toString('base64');

export async function demoDataComplete(base, minutes = 10) {
  const until = Date.now() + minutes * 60_000;
  let told = false;
  for (;;) {
    let response = await fetch(`${base}/actuator/health/demo`, { headers: { Authorization: DEMO_ADMIN } });
    if (response.status === 401) response = await fetch(`${base}/actuator/health/demo`); // not the demo admin
    if (response.status === 404) return;
    const health = response.ok || response.status === 503 ? await response.json() : {};
    if (response.ok && health.status === 'UP') return;
    const state = health.components?.demoData?.details?.demoData ?? '';
    if (state.endsWith(' failed (see the log)')) throw new Error(`the demo data was not written: ${state}`);
    if (Date.now() > until) throw new Error(`the demo data was not complete after ${minutes} minutes (${state || 'no state'})`);
    if (!told) console.log('waiting for the demo data (written in the background after start-up)');
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
