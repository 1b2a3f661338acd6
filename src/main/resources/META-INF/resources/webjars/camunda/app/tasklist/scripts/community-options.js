// R-IN-1 / issue 14: the community of a complaint is chosen from the Chinese names of the ACTIVE
// communities (master data, GET /api/communities), never typed as a code. The intake form
// (forms/complaint-intake.form) declares the field as a select whose options come from
// "communities" (valuesKey); a start form has no process variables to fill it, so this script fills
// it when Tasklist fetches the form: the options are read from the platform each time the form
// opens, so the list never drifts from the master data and no community is written into the form.
// The value submitted stays the community's code; the server checks it again (IntakeRecordParser).
const root = window.location.pathname.split('/camunda/')[0];
const FORM = /\/camunda\/api\/engine\/engine\/[^/]+\/(process-definition\/[^/]+\/deployed-start-form|task\/[^/]+\/deployed-form)$/;
const KEY = 'communities';

function usesCommunities(components) {
  return (components || []).some((c) => c.valuesKey === KEY || usesCommunities(c.components));
}

function fill(components, options) {
  (components || []).forEach((component) => {
    if (component.valuesKey === KEY) {
      delete component.valuesKey;
      component.values = options;
    }
    fill(component.components, options);
  });
}

async function activeCommunities() {
  const response = await original(`${root}/api/communities`,
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(`communities: ${response.status}`);
  const active = (await response.json()).filter((community) => community.active);
  // the Chinese name; the code only where two active communities share a name
  const named = (name) => active.filter((community) => community.name === name).length;
  return active.map((community) => ({
    label: named(community.name) > 1 ? `${community.name} ${community.code}` : community.name,
    value: community.code
  }));
}

const original = window.fetch.bind(window);
window.fetch = async function (resource, init) {
  const response = await original(resource, init);
  const url = typeof resource === 'string' ? resource : (resource && resource.url) || '';
  if (!response.ok || !FORM.test(url.split('?')[0])) return response;
  const schema = await response.clone().json().catch(() => null);
  if (!schema || !usesCommunities(schema.components)) return response;
  let options;
  try {
    options = await activeCommunities();
  } catch (unreadable) {
    options = [{label: '小区列表读取失败，请刷新 Communities could not be read, reload', value: ''}];
  }
  fill(schema.components, options);
  return new Response(JSON.stringify(schema),
    {status: response.status, statusText: response.statusText, headers: {'Content-Type': 'application/json'}});
};

export default [];
