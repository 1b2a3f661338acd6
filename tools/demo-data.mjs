// The demo profile writes its sample data (households, complaints, repair orders, reports, cases) in
// the background once the app is ready (support/DemoSeeding); /actuator/health/demo answers UP when it
// is complete. The tools that work on that data wait for it first. An app without that health group
// (404) has no background data to wait for.
export async function demoDataComplete(base, minutes = 10) {
  const until = Date.now() + minutes * 60_000;
  let told = false;
  for (;;) {
    const response = await fetch(`${base}/actuator/health/demo`);
    if (response.status === 404) return;
    if (response.ok && (await response.json()).status === 'UP') return;
    if (Date.now() > until) throw new Error(`the demo data was not complete after ${minutes} minutes`);
    if (!told) console.log('waiting for the demo data (written in the background after start-up)');
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
