// Tasklist configuration of the complaint platform. It replaces the webjar's own config.js, so the
// default keyboard shortcuts are repeated here; customScripts adds the platform's task tabs.
// The staff work in 简体中文: zh (locales/zh.json, the project's own translation) is the default and
// the fallback for every browser language other than en.
export default {
  app: {name: '任务列表', vendor: '物业投诉处理平台'},
  locales: {availableLocales: ['zh', 'en'], fallbackLocale: 'zh'},
  customScripts: ['scripts/contact-tab', 'scripts/case-file-tab', 'scripts/intake-readback', 'scripts/start-form-guard',
    'scripts/community-options', 'scripts/form-refusal', 'scripts/visit-outcome', 'scripts/photos-tab', 'scripts/caller-recognition'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
