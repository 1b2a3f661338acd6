// Cockpit configuration of the complaint platform. It replaces the webjar's config.js, whose options
// are all commented out (defaults), so only the name and the locales are set here.
// zh (locales/zh.json, the project's own translation) is the default and the fallback for every
// browser language other than en.
// scripts/communities.js: the 小区 Communities page (issue 14), a frontend-only plugin.
export default {
  customScripts: ['scripts/communities'],
  app: {name: '运行监控', vendor: '物业投诉处理平台'},
  locales: {availableLocales: ['zh', 'en'], fallbackLocale: 'zh'}
};
