// What the platform's task tabs (Contact, Case file, Photos) share, in one place (issue 19): the
// platform's root path, the session's CSRF token for changes, a text element, a time in Beijing, and
// the tab itself. Not a custom script of its own: the tabs import it (config.js does not list it).
export const root = window.location.pathname.split('/camunda/')[0];

const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

/** 2026-11-29 20:46, Beijing time; '' for none. */
export function when(instant) {
  if (!instant) {
    return '';
  }
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The session's CSRF token, sent as X-XSRF-TOKEN with every change. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** An element holding plain text (never HTML), with an optional inline style. */
export function text(tag, content, style) {
  const element = document.createElement(tag);
  element.textContent = content == null ? '' : content;
  if (style) {
    element.style.cssText = style;
  }
  return element;
}

/** A tab of the task detail whose box, of the given class, load(box, taskId) fills. */
export function taskTab(id, priority, label, className, load) {
  return {
    id,
    pluginPoint: 'tasklist.task.detail',
    priority,
    properties: {label},
    render: (node, {taskId}) => {
      node.innerHTML = '';
      const box = document.createElement('div');
      box.className = className;
      box.style.cssText = 'padding: 12px 0';
      node.appendChild(box);
      load(box, taskId);
    }
  };
}
