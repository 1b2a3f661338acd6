// R-CUST-1 / R-CUST-4 (issue 16): while a complaint is taken with the start form, the officer sees
// whether the register knows the caller — "已识别：A类客户 · VIP JK1003 …" or "未登记来电 …" — under
// the phone field, once the phone (and the building, unit, room) are typed. The answer comes from
// GET /api/customers/recognise (intake desk staff only, with the Tasklist sign-in): category, valid
// VIP card and the family name only, nothing the officer did not type but those. The complaint's
// category for R-CUST-4 priority is then the register's; the form's "customer category" counts only
// for an unknown caller. Nothing here is submitted with the form.
const root = window.location.pathname.split('/camunda/')[0];
const LINE_ID = 'caller-recognition';
const FIELDS = ['Field_complainantPhone', 'Field_building', 'Field_unit', 'Field_room'];
let timer = null;
let asked = '';

function input(fieldId) {
  return document.querySelector(`input[id$="-${fieldId}"]`);
}

function line(phoneInput) {
  let node = document.getElementById(LINE_ID);
  if (!node) {
    node = document.createElement('div');
    node.id = LINE_ID;
    node.setAttribute('role', 'status');
    node.style.cssText = 'margin:4px 0 8px;padding:4px 8px;border-radius:3px;font-size:14px';
    const field = phoneInput.closest('.fjs-form-field') || phoneInput.parentElement;
    field.appendChild(node);
  }
  return node;
}

function show(node, text, known) {
  node.textContent = text;
  node.style.background = known ? '#e8f4ea' : '#fff4e0';
  node.style.color = known ? '#1d5e2b' : '#7a4b00';
}

function describe(answer) {
  if (!answer.known) {
    return '未登记来电，请在“客户类别”中按其自述选择 · Unknown caller: state their category below';
  }
  const parts = [`已识别：${answer.category}类客户`];
  if (answer.vipCardNo) {
    const until = answer.vipValidUntil ? new Date(answer.vipValidUntil).toLocaleDateString('zh-CN', {timeZone: 'Asia/Shanghai'}) : '';
    parts.push(`VIP ${answer.vipCardNo}${until ? `（有效至 ${until}）` : ''}`);
  }
  parts.push(answer.maskedName);
  if (answer.category === 'D') parts.push('D类仅作提示，服务照常 D informs, service as usual');
  if (answer.unitMatches === false) parts.push('档案登记的住址与所填不同 registered at another unit');
  return `${parts.join(' · ')} · Known caller`;
}

async function recognise() {
  const phoneInput = input('Field_complainantPhone');
  if (!phoneInput) return;
  const phone = phoneInput.value.replace(/[\s-]/g, '');
  if (phone.replace(/^\+?86/, '').length < 7) {
    document.getElementById(LINE_ID)?.remove();
    asked = '';
    return;
  }
  const params = new URLSearchParams({phone: phoneInput.value});
  for (const [key, fieldId] of [['building', 'Field_building'], ['unit', 'Field_unit'], ['room', 'Field_room']]) {
    const value = input(fieldId)?.value;
    if (value) params.set(key, value);
  }
  const query = params.toString();
  if (query === asked) return;
  asked = query;
  try {
    const response = await fetch(`${root}/api/customers/recognise?${query}`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      if (response.status === 400) show(line(phoneInput), '电话格式不完整 · phone incomplete', false);
      else document.getElementById(LINE_ID)?.remove();
      return;
    }
    const answer = await response.json();
    show(line(phoneInput), describe(answer), answer.known);
  } catch (unreadable) {
    document.getElementById(LINE_ID)?.remove();
  }
}

document.addEventListener('input', (event) => {
  const id = event.target && event.target.id;
  if (!id || !FIELDS.some((field) => id.endsWith(`-${field}`))) return;
  clearTimeout(timer);
  timer = setTimeout(recognise, 400);
}, true);

export default [];
