// Esc never throws away an intake. In Tasklist's "start process" dialog, Esc closes the dialog — and
// with it everything typed for a complaint on the phone — even when it was pressed to close a
// dropdown of the form. Here Esc pressed anywhere inside the dialog stays inside it: whatever the
// field itself does with Esc still happens (its handler runs first), the dialog does not close. The
// dialog closes only by its Close button, which asks first when something has been typed.
const DIALOG = '.modal';
const FORM = '.fjs-container';

function typedSomething(dialog) {
  return [...dialog.querySelectorAll(`${FORM} input, ${FORM} textarea`)]
    .some((field) => field.type !== 'checkbox' && field.type !== 'radio' && field.type !== 'hidden'
      && field.value && field.value.trim() !== '');
}

function guard(dialog) {
  if (dialog.dataset.startFormGuard) return;
  dialog.dataset.startFormGuard = 'on';
  // bubbling from the field to the dialog, before the dialog service's own handler on the document
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.stopPropagation();
    }
  });
  dialog.addEventListener('click', (event) => {
    const close = event.target.closest('button');
    if (!close || !/关闭|取消|Close|Cancel/.test(close.textContent || '') || !typedSomething(dialog)) return;
    if (!window.confirm('已填写的投诉内容将丢失，确定关闭？ What you typed will be lost. Close anyway?')) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
}

new MutationObserver(() => {
  document.querySelectorAll(DIALOG).forEach((dialog) => {
    if (dialog.querySelector(FORM)) guard(dialog);
  });
}).observe(document.documentElement, {childList: true, subtree: true});

export default [];
