// R-IN-1 / issue 14: the community of a complaint is chosen from the Chinese names of the ACTIVE
// communities (master data, GET /api/communities), never typed as a code. The intake form
// (forms/complaint-intake.form) declares the field as a select whose options come from
// "communities" (valuesKey); a start form has no process variables to fill it, so this script fills
// it when Tasklist fetches the form: the options are read from the platform each time the form
// opens, so the list never drifts from the master data and no community is written into the form.
// The value submitted stays the community's code; the server checks it again (IntakeRecordParser).
// The task forms show the complaint's community the same way, read-only, by its Chinese name — from
// all communities there, as a complaint may belong to one deactivated since; should the list be
// unreadable, a task form shows the code as before.
const root = window.location.pathname.split('/camunda/')[0];
const START_FORM = /\/camunda\/api\/engine\/engine\/[^/]+\/process-definition\/[^/]+\/deployed-start-form$/;
const TASK_FORM = /\/camunda\/api\/engine\/engine\/[^/]+\/task\/[^/]+\/deployed-form$/;
const KEY = 'communities';

function usesCommunities(components) {
  return (components || []).some((c) => c.valuesKey === KEY || usesCommunities(c.components));
}

function fill(components, change) {
  (components || []).forEach((component) => {
    if (component.valuesKey === KEY) {
      delete component.valuesKey;
      change(component);
    }
    fill(component.components, change);
  });
}

const original = window.fetch.bind(window);

async function communities(all) {
  const response = await original(`${root}/api/communities${all ? '?all=true' : ''}`,
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(`communities: ${response.status}`);
  const listed = (await response.json()).filter((community) => all || community.active);
  // the Chinese name; the code only where two communities share a name
  const named = (name) => listed.filter((community) => community.name === name).length;
  return listed.map((community) => ({
    label: named(community.name) > 1 ? `${community.name} ${community.code}` : community.name,
    value: community.code
  }));
}

window.fetch = async function (resource, init) {
  const response = await original(resource, init);
  const url = (typeof resource === 'string' ? resource : (resource && resource.url) || '').split('?')[0];
  const start = START_FORM.test(url);
  if (!response.ok || !(start || TASK_FORM.test(url))) return response;
  const schema = await response.clone().json().catch(() => null);
  if (!schema || !usesCommunities(schema.components)) return response;
  try {
    const options = await communities(!start);
    fill(schema.components, (component) => { component.values = options; });
  } catch (unreadable) {
    fill(schema.components, start
      ? (component) => { component.values = [{label: '小区列表读取失败，请刷新 Communities could not be read, reload', value: ''}]; }
      : (component) => { component.type = 'textfield'; });
  }
  return new Response(JSON.stringify(schema),
    {status: response.status, statusText: response.statusText, headers: {'Content-Type': 'application/json'}});
};

export default [];
