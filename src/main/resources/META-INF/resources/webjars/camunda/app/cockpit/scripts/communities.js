// Issue 14: communities (小区) as master data. Cockpit's "小区 Communities" page lists them and lets
// the administrator (camunda-admin) add and change them through /api/communities. Reads ride on the
// Cockpit sign-in; a change also sends the session's CSRF token (X-XSRF-TOKEN), as the API requires.
// Other staff see the list; the API refuses their changes (403), and the page says so.
const root = window.location.pathname.split('/camunda/')[0];
const PATH = '/communities';

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (key === 'style') {
      element.style.cssText = value;
    } else if (key in element) {
      element[key] = value;
    } else {
      element.setAttribute(key, value);
    }
  });
  children.forEach((child) => element.append(child));
  return element;
}

async function call(method, path, body) {
  const headers = {Accept: 'application/json'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  const response = await fetch(`${root}/api/communities${path}`, {
    method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body)});
  const json = await response.json().catch(() => ({}));
  return {ok: response.ok, status: response.status, json};
}

function problemText(reply) {
  if (reply.status === 403) {
    return '只有系统管理员（camunda-admin）可以新增或修改小区 / only the administrator may add or change communities';
  }
  const fields = (reply.json.errors || []).map((e) => `${e.field}: ${e.message} / ${e.messageEn}`);
  return [reply.json.title, reply.json.detail, ...fields].filter(Boolean).join('\n') || `HTTP ${reply.status}`;
}

function field(label, input) {
  return el('div', {className: 'form-group', style: 'margin-right: 12px; display: inline-block; vertical-align: top'},
    el('label', {style: 'display: block'}, label), input);
}

function page(node) {
  node.innerHTML = '';
  const message = el('pre', {style: 'white-space: pre-wrap; border: none; background: none; padding: 0; margin: 8px 0'});
  const tableBody = el('tbody');
  const showAll = el('input', {type: 'checkbox', id: 'communities-all'});
  const code = el('input', {className: 'form-control', name: 'code', placeholder: 'binjiang', maxLength: 32,
    style: 'width: 140px'});
  const name = el('input', {className: 'form-control', name: 'name', placeholder: '滨江花园', maxLength: 100});
  const address = el('input', {className: 'form-control', name: 'address', placeholder: '滨江路88号', maxLength: 200});
  const households = el('input', {className: 'form-control', name: 'households', type: 'number', min: 0,
    style: 'width: 110px'});
  const active = el('input', {type: 'checkbox', name: 'active', checked: true});
  const save = el('button', {type: 'submit', className: 'btn btn-primary'}, '保存 Save');
  const clear = el('button', {type: 'button', className: 'btn btn-default', style: 'margin-left: 8px'},
    '新建 New');
  let editing = null;

  function say(text, bad) {
    message.textContent = text;
    message.style.color = bad ? '#b00' : '#2a7a2a';
  }

  function edit(community) {
    editing = community ? community.code : null;
    code.value = community ? community.code : '';
    code.disabled = Boolean(community);
    name.value = community ? community.name : '';
    address.value = community && community.address ? community.address : '';
    households.value = community && community.households !== null ? community.households : '';
    active.checked = community ? community.active : true;
    active.disabled = !community;
    save.textContent = community ? `保存修改 Save ${community.code}` : '新增小区 Add community';
  }

  async function load() {
    const reply = await call('GET', showAll.checked ? '?all=true' : '');
    tableBody.innerHTML = '';
    if (!reply.ok) {
      say(problemText(reply), true);
      return;
    }
    reply.json.forEach((community) => {
      const editButton = el('button', {type: 'button', className: 'btn btn-default btn-xs'}, '修改 Edit');
      editButton.addEventListener('click', () => edit(community));
      tableBody.append(el('tr', {style: community.active ? '' : 'color: #999'},
        el('td', {}, community.code), el('td', {}, community.name), el('td', {}, community.address || ''),
        el('td', {style: 'text-align: right'}, community.households === null ? '' : String(community.households)),
        el('td', {}, community.active ? '启用 active' : '停用 inactive'), el('td', {}, editButton)));
    });
    if (reply.json.length === 0) {
      tableBody.append(el('tr', {}, el('td', {colSpan: 6},
        '还没有小区。请在下面新增第一个小区。 / No communities yet: add the first one below.')));
    }
  }

  const form = el('form', {className: 'form-inline', style: 'margin-top: 16px'},
    el('h4', {}, '新增或修改小区 Add or change a community'),
    field('代码 Code', code), field('名称 Name', name), field('地址 Address', address),
    field('户数 Households', households),
    field('启用 Active', active),
    el('div', {style: 'margin-top: 8px'}, save, clear));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    const count = households.value === '' ? null : Number(households.value);
    const reply = editing
      ? await call('PATCH', `/${encodeURIComponent(editing)}`,
        {name: name.value, address: address.value, households: count, active: active.checked})
      : await call('POST', '', {code: code.value.trim(), name: name.value, address: address.value || null,
        households: count});
    save.disabled = false;
    if (reply.ok) {
      say(editing ? `已保存 ${reply.json.code} / saved` : `已新增 ${reply.json.code} ${reply.json.name} / added`, false);
      edit(null);
      await load();
    } else {
      say(problemText(reply), true);
    }
  });
  clear.addEventListener('click', () => edit(null));
  showAll.addEventListener('change', load);

  node.append(el('div', {className: 'communities-page', style: 'padding: 20px'},
    el('h2', {}, '小区 Communities'),
    el('p', {style: 'color: #666'}, '投诉只能受理已启用的小区。停用的小区保留其投诉，但不再受理新投诉。 / '
      + 'Complaints are taken for active communities only; an inactive one keeps its complaints but takes no new ones.'),
    el('label', {style: 'font-weight: normal'}, showAll, ' 显示已停用的小区 Show inactive ones'),
    el('table', {className: 'table table-striped', style: 'max-width: 1000px'},
      el('thead', {}, el('tr', {}, el('th', {}, '代码 Code'), el('th', {}, '名称 Name'), el('th', {}, '地址 Address'),
        el('th', {style: 'text-align: right'}, '户数 Households'), el('th', {}, '状态 Status'), el('th', {}))),
      tableBody),
    form, message));
  edit(null);
  load();
}

export default [
  {
    id: 'complaint-communities-route',
    pluginPoint: 'cockpit.route',
    priority: 5,
    properties: {path: PATH},
    render: (node) => {
      page(node);
    }
  },
  {
    id: 'complaint-communities-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {path: PATH},
    render: (node) => {
      node.innerHTML = `<a href="#${PATH}">小区 Communities</a>`;
    }
  }
];
